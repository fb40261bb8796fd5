/**
 * DNS records and PowerShell lines the findings prescribe, filled with this message's real domains and
 * IPs. Where a value is unknown the placeholder says what to put there, in angle brackets.
 * Every record and command comes back wrapped in backticks: the report and the task pane print a
 * backticked span whole, on its own line, with a copy button (convention agreed with report-cli).
 */

/** Marks a record or command as code inside a fix step. */
export function code(text: string): string {
  return `\`${text}\``;
}

export const UNKNOWN_DOMAIN = '<your domain>';
export const UNKNOWN_IP = '<sending IP>';

/** The `ip4:`/`ip6:` mechanism for an address (RFC 7208 §5.6). */
export function ipMechanism(ip: string | null): string {
  if (!ip) return `ip4:${UNKNOWN_IP}`;
  return ip.includes(':') ? `ip6:${ip}` : `ip4:${ip}`;
}

/**
 * The SPF record with the sending IP added, as the troubleshooting guide writes it
 * (`v=spf1 ip4:<sending-IP> include:spf.protection.outlook.com ~all`).
 */
export function spfRecordWithIp(domain: string | null, ip: string | null): string {
  return code(
    `${domain ?? UNKNOWN_DOMAIN} TXT "v=spf1 ${ipMechanism(ip)} include:spf.protection.outlook.com ~all"`,
  );
}

/** A first DMARC record: monitor (p=none) with aggregate reports, then harden. */
export function dmarcMonitorRecord(domain: string | null): string {
  const d = domain ?? UNKNOWN_DOMAIN;
  return code(`_dmarc.${d} TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}"`);
}

/** Exchange Online PowerShell: turn DKIM signing on for a domain. */
export function enableDkimCommand(domain: string | null): string {
  return code(`Set-DkimSigningConfig -Identity ${domain ?? UNKNOWN_DOMAIN} -Enabled $true`);
}

/** The two selector CNAMEs Microsoft 365 DKIM needs; their targets are per tenant, so we list them. */
export function dkimCnameStep(domain: string | null): string {
  const d = domain ?? UNKNOWN_DOMAIN;
  return (
    `publish the two DKIM CNAME records selector1._domainkey.${d} and selector2._domainkey.${d} with the ` +
    `targets the Defender portal shows for ${d}, or list them with: ` +
    code(`Get-DkimSigningConfig -Identity ${d} | Format-List Selector1CNAME,Selector2CNAME`)
  );
}

/** Exchange Online PowerShell: allow a spoofed sender pair in the Tenant Allow/Block List. */
export function allowSpoofCommand(
  domain: string | null,
  infrastructure: string | null,
  type: 'External' | 'Internal' = 'External',
): string {
  const d = domain ?? UNKNOWN_DOMAIN;
  return code(
    `New-TenantAllowBlockListSpoofItems -SpoofedUser "*@${d}" -SendingInfrastructure ${infrastructure ?? d} ` +
      `-SpoofType ${type} -Action Allow`,
  );
}

/** Fills the knowledge tables' {domain} / {ip} placeholders. */
export function fillTemplate(template: string, domain: string | null, ip: string | null): string {
  return template.replace(/\{domain\}/g, domain ?? UNKNOWN_DOMAIN).replace(/\{ip\}/g, ip ?? UNKNOWN_IP);
}

/** Exchange Online PowerShell: trust an intermediary's ARC seals. */
export function trustArcSealerCommand(sealers: string): string {
  return code(`Set-ArcConfig -Identity Default -ArcTrustedSealers ${sealers}`);
}
