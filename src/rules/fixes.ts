/**
 * DNS records and PowerShell lines the findings prescribe, filled with this message's real domains and
 * IPs. Where a value is unknown the placeholder says what to put there, in angle brackets. Each comes back
 * as a FixCode, so the reports and the pane show it whole with a copy button without guessing where it is.
 */
import type { FixCode, FixStep } from './diagnosis';

export const UNKNOWN_DOMAIN = '<your domain>';
export const UNKNOWN_IP = '<sending IP>';

/** A fix step: the words, and the record or command they lead to. */
export function step(text: string, code?: FixCode): FixStep {
  return code ? { text, code } : { text };
}

export function powershell(line: string): FixCode {
  return { kind: 'powershell', value: line };
}

export function txtRecord(host: string, value: string): FixCode {
  return { kind: 'dns-txt', host, value };
}

/** The `ip4:`/`ip6:` mechanism for an address (RFC 7208 §5.6). */
function ipMechanism(ip: string | null): string {
  if (!ip) return `ip4:${UNKNOWN_IP}`;
  return ip.includes(':') ? `ip6:${ip}` : `ip4:${ip}`;
}

/**
 * The SPF record with the sending IP added, as the troubleshooting guide writes it
 * (`v=spf1 ip4:<sending-IP> include:spf.protection.outlook.com ~all`).
 */
export function spfRecordWithIp(domain: string | null, ip: string | null): FixCode {
  return txtRecord(
    domain ?? UNKNOWN_DOMAIN,
    `v=spf1 ${ipMechanism(ip)} include:spf.protection.outlook.com ~all`,
  );
}

/** A first DMARC record: monitor (p=none) with aggregate reports, then harden. */
export function dmarcMonitorRecord(domain: string | null): FixCode {
  const d = domain ?? UNKNOWN_DOMAIN;
  return txtRecord(`_dmarc.${d}`, `v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}`);
}

/** Exchange Online PowerShell: turn DKIM signing on for a domain. */
export function enableDkimCommand(domain: string | null): FixCode {
  return powershell(`Set-DkimSigningConfig -Identity ${domain ?? UNKNOWN_DOMAIN} -Enabled $true`);
}

/** Exchange Online PowerShell: the two selector CNAMEs Microsoft 365 DKIM needs for a domain. */
export function dkimCnamesCommand(domain: string | null): FixCode {
  return powershell(
    `Get-DkimSigningConfig -Identity ${domain ?? UNKNOWN_DOMAIN} | Format-List Selector1CNAME,Selector2CNAME`,
  );
}

/** The two selector CNAMEs Microsoft 365 DKIM needs; their targets are per tenant, so we list them. */
export function dkimCnameStep(lead: string, domain: string | null): FixStep {
  const d = domain ?? UNKNOWN_DOMAIN;
  return step(
    `${lead}publish the two DKIM CNAME records selector1._domainkey.${d} and selector2._domainkey.${d} with ` +
      `the targets the Defender portal shows for ${d}, or list them with:`,
    dkimCnamesCommand(domain),
  );
}

/** Exchange Online PowerShell: allow a spoofed sender pair in the Tenant Allow/Block List. */
export function allowSpoofCommand(
  domain: string | null,
  infrastructure: string | null,
  type: 'External' | 'Internal' = 'External',
): FixCode {
  const d = domain ?? UNKNOWN_DOMAIN;
  return powershell(
    `New-TenantAllowBlockListSpoofItems -SpoofedUser "*@${d}" -SendingInfrastructure ${infrastructure ?? d} ` +
      `-SpoofType ${type} -Action Allow`,
  );
}

/** Fills the knowledge tables' {domain} / {ip} placeholders. */
function fillTemplate(template: string, domain: string | null, ip: string | null): string {
  return template.replace(/\{domain\}/g, domain ?? UNKNOWN_DOMAIN).replace(/\{ip\}/g, ip ?? UNKNOWN_IP);
}

/** A knowledge table's fix step (words, or words and code) with its placeholders filled, after `lead`. */
export function fillStep(
  template: string | FixStep,
  lead: string,
  domain: string | null,
  ip: string | null,
): FixStep {
  const fill = (text: string): string => fillTemplate(text, domain, ip);
  if (typeof template === 'string') return step(lead + fill(template));
  const { code } = template;
  return step(
    lead + fill(template.text),
    code && {
      ...code,
      value: fill(code.value),
      ...(code.host === undefined ? {} : { host: fill(code.host) }),
    },
  );
}

/** Exchange Online PowerShell: trust an intermediary's ARC seals. */
export function trustArcSealerCommand(sealers: string): FixCode {
  return powershell(`Set-ArcConfig -Identity Default -ArcTrustedSealers ${sealers}`);
}
