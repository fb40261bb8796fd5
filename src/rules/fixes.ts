/**
 * DNS records and PowerShell lines the findings prescribe, filled with this message's real domains and
 * IPs. Where a value is unknown the placeholder says what to put there, in angle brackets.
 */

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
  return `${domain ?? UNKNOWN_DOMAIN} TXT "v=spf1 ${ipMechanism(ip)} include:spf.protection.outlook.com ~all"`;
}

/** A first DMARC record: monitor (p=none) with aggregate reports, then harden. */
export function dmarcMonitorRecord(domain: string | null): string {
  const d = domain ?? UNKNOWN_DOMAIN;
  return `_dmarc.${d} TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}"`;
}

/** Exchange Online PowerShell: turn DKIM signing on for a domain. */
export function enableDkimCommand(domain: string | null): string {
  return `Set-DkimSigningConfig -Identity ${domain ?? UNKNOWN_DOMAIN} -Enabled $true`;
}

/** The two selector CNAMEs Microsoft 365 DKIM needs (targets are shown in the Defender portal). */
export function dkimCnameStep(domain: string | null): string {
  const d = domain ?? UNKNOWN_DOMAIN;
  return (
    `Publish the two DKIM CNAME records for ${d}: selector1._domainkey.${d} and selector2._domainkey.${d}, ` +
    'pointing at the targets the Defender portal (or Get-DkimSigningConfig) shows for the domain.'
  );
}

/** Exchange Online PowerShell: allow a spoofed sender pair in the Tenant Allow/Block List. */
export function allowSpoofCommand(domain: string | null, infrastructure: string | null): string {
  const d = domain ?? UNKNOWN_DOMAIN;
  return (
    `New-TenantAllowBlockListSpoofItems -SpoofedUser "*@${d}" -SendingInfrastructure ${infrastructure ?? d} ` +
    '-SpoofType External -Action Allow'
  );
}

/** Fills the knowledge tables' {domain} / {ip} placeholders. */
export function fillTemplate(template: string, domain: string | null, ip: string | null): string {
  return template.replace(/\{domain\}/g, domain ?? UNKNOWN_DOMAIN).replace(/\{ip\}/g, ip ?? UNKNOWN_IP);
}
