/**
 * DNS records and PowerShell lines the findings prescribe, filled with this message's domains and IPs.
 * Headers are attacker-controlled, so every value goes through safe-values here, in the only builders
 * the findings have: a host name as LDH labels, an IP as a literal, a selector as labels, and PowerShell
 * arguments single-quoted. A value that fails becomes a placeholder in angle brackets, and the rejection is
 * logged for the engine, which reports it as a warning on the Diagnosis. Each code comes back as a FixCode,
 * so the reports and the pane show it whole with a copy button without guessing where it is.
 */
import type { FixCode, FixStep } from './diagnosis';
import { powershellQuote, safeHostname, safeIpLiteral, type SafeValue } from './safe-values';

export const UNKNOWN_DOMAIN = '<your domain>';
const UNKNOWN_IP = '<sending IP>';

/** A header value a builder refused: what it was and why; the engine turns it into a warning. */
export interface FixRejection {
  raw: string;
  reason: string;
}

// The findings call the builders deep inside their detect(); the engine, not each module, reports what
// was refused, so the log is scoped to one engine run (synchronous, never shared between messages).
let rejections: FixRejection[] | null = null;

/** Runs `build` and returns what it built with every value the builders refused meanwhile. */
export function collectFixRejections<T>(build: () => T): { result: T; rejections: FixRejection[] } {
  const outer = rejections;
  const log: FixRejection[] = [];
  rejections = log;
  try {
    return { result: build(), rejections: log };
  } finally {
    rejections = outer;
  }
}

/** A checked value's command form, or its placeholder (the refusal logged). */
function accepted(raw: string, checked: SafeValue, shown: boolean): string {
  if (checked.ok) return shown ? checked.display : checked.value;
  rejections?.push({ raw, reason: checked.reason });
  return checked.placeholder;
}

/** A domain or host name fit for a record or command (ASCII form), or a placeholder naming it. */
function safeDomain(raw: string | null, what = 'sending domain'): string {
  if (raw === null) return what === 'sending domain' ? UNKNOWN_DOMAIN : `<${what}>`;
  return accepted(raw, safeHostname(raw, what), false);
}

/** The same name for the words of a step: an IDN with its Unicode form beside the ASCII one. */
export function stepDomain(raw: string | null, what = 'sending domain'): string {
  if (raw === null) return what === 'sending domain' ? UNKNOWN_DOMAIN : `<${what}>`;
  const checked = safeHostname(raw, what);
  return checked.ok ? checked.display : checked.placeholder;
}

/** An IPv4/IPv6 literal fit for a record or command, or a placeholder. */
function safeIp(raw: string | null): string {
  if (raw === null) return UNKNOWN_IP;
  return accepted(raw, safeIpLiteral(raw, 'sending IP'), false);
}

/** `sentence` after a lead-in such as "DKIM: ", or on its own with a capital first letter. */
export function afterLead(lead: string, sentence: string): string {
  return lead ? lead + sentence : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A fix step: the words, and the record or command they lead to. */
export function step(text: string, code?: FixCode): FixStep {
  return code ? { text, code } : { text };
}

/** A PowerShell line with no header-derived part: every value comes in through `powershellArgs`. */
function powershell(line: string): FixCode {
  return { kind: 'powershell', value: line };
}

/** A cmdlet with no argument taken from the headers (e.g. `Get-MessageTrace`). */
export function fixedCommand(
  line: 'Get-MessageTrace' | 'Remove-TenantAllowBlockListSpoofItems -Identity Default -Ids <Id>',
): FixCode {
  return powershell(line);
}

/** The `ip4:`/`ip6:` mechanism for an address (RFC 7208 §5.6), the address validated. */
function ipMechanism(ip: string | null): string {
  const value = safeIp(ip);
  return value.includes(':') ? `ip6:${value}` : `ip4:${value}`;
}

export interface AuthorizeIpOptions {
  /** The trust layer found the message suspicious: the "if not" branch says it was forged. */
  suspicious: boolean;
  /** The connecting server's name (PTR/HELO), shown beside the IP so the owner can recognise it. */
  host?: string | null;
}

/**
 * The SPF step for an IP the evidence does not tie to the domain: always conditional. The code is the
 * mechanism alone, to merge into the domain's one existing SPF record (a second record is a permerror).
 */
export function authorizeIpStep(
  domain: string | null,
  ip: string | null,
  options: AuthorizeIpOptions,
): FixStep {
  const d = stepDomain(domain);
  const mechanism = ipMechanism(ip);
  const source = `${ip === null ? 'the sending IP' : safeIp(ip)}${options.host ? ` (${stepDomain(options.host, 'sending host')})` : ''}`;
  const otherwise = options.suspicious
    ? `if not, this message was forged and ${d}'s DMARC policy did its job: change nothing`
    : `if not, leave the record as it is`;
  return step(
    `If ${source} is a server or service ${d} uses, add \`${mechanism}\` before the final \`all\` of ${d}'s ` +
      `SPF record (merge it into the existing record, never a second one); ${otherwise}. The mechanism:`,
    { kind: 'dns-txt', value: mechanism },
  );
}

/** Printable ASCII without a double quote: what a TXT record's text may show inside its quotes here. */
const RECORD_TEXT = /^[\x20\x21\x23-\x7e]{1,2048}$/;

/**
 * A TXT record read from live DNS, edited (the SPF mechanism added, the next DMARC policy): the name is
 * validated like any header value, and the text must be plain printable ASCII, since whoever owns the
 * domain wrote it; anything else becomes a placeholder.
 */
export function editedTxtRecord(domain: string | null, text: string): FixCode {
  // `_dmarc.` and other service labels are ours, not the header's: only the domain under them is checked.
  const service = domain === null ? '' : (/^(?:_[a-z0-9-]{1,63}\.)*/i.exec(domain)?.[0] ?? '');
  const host = service + safeDomain(domain === null ? null : domain.slice(service.length));
  if (RECORD_TEXT.test(text)) return { kind: 'dns-txt', value: text, host };
  rejections?.push({ raw: text, reason: 'the record text is not plain printable ASCII' });
  return { kind: 'dns-txt', value: '<record text>', host };
}

/** What Microsoft 365 customers merge into their SPF record, as a mechanism (no second record). */
export function microsoftSpfStep(domain: string | null): FixStep {
  return step(
    `${stepDomain(domain)} sends through Microsoft 365: its SPF record must carry this mechanism (merged into the existing record):`,
    { kind: 'dns-txt', value: 'include:spf.protection.outlook.com' },
  );
}

/** A first DMARC record: monitor (p=none) with aggregate reports, then harden. */
export function dmarcMonitorRecord(domain: string | null): FixCode {
  const d = safeDomain(domain);
  return { kind: 'dns-txt', host: `_dmarc.${d}`, value: `v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}` };
}

/** DMARC at quarantine with relaxed alignment and no policy for subdomains, for mail sent from one. */
export function dmarcSubdomainRecord(domain: string | null): FixCode {
  const d = safeDomain(domain);
  return {
    kind: 'dns-txt',
    host: `_dmarc.${d}`,
    value: `v=DMARC1; p=quarantine; sp=none; aspf=r; adkim=r; rua=mailto:dmarc-reports@${d}`,
  };
}

/** Exchange Online PowerShell: turn DKIM signing on for a domain. */
export function enableDkimCommand(domain: string | null): FixCode {
  return powershell(`Set-DkimSigningConfig -Identity ${powershellQuote(safeDomain(domain))} -Enabled $true`);
}

/** Exchange Online PowerShell: the two selector CNAMEs Microsoft 365 DKIM needs for a domain. */
export function dkimCnamesCommand(domain: string | null): FixCode {
  return powershell(
    `Get-DkimSigningConfig -Identity ${powershellQuote(safeDomain(domain))} | Format-List Selector1CNAME,Selector2CNAME`,
  );
}

/** Exchange Online PowerShell: a new DKIM key for a domain. */
export function rotateDkimCommand(domain: string | null): FixCode {
  return powershell(`Rotate-DkimSigningConfig -Identity ${powershellQuote(safeDomain(domain))}`);
}

/** The two selector CNAMEs Microsoft 365 DKIM needs; their targets are per tenant, so we list them. */
export function dkimCnameStep(lead: string, domain: string | null): FixStep {
  const d = stepDomain(domain);
  return step(
    `${lead}publish the two DKIM CNAME records selector1._domainkey.${d} and selector2._domainkey.${d} with ` +
      `the targets the Defender portal shows for ${d}, or list them with:`,
    dkimCnamesCommand(domain),
  );
}

/** DKIM signing where no evidence shows the platform: the words only, no Microsoft 365 command. */
export function genericDkimStep(lead: string, domain: string | null): FixStep {
  const d = stepDomain(domain);
  return step(
    afterLead(
      lead,
      `turn on DKIM signing with d=${d} at the service that sends this mail, and publish the public key it gives you.`,
    ),
  );
}

/** Exchange Online PowerShell: the spoof entries for a domain in the Tenant Allow/Block List. */
export function findSpoofItemsCommand(domain: string | null): FixCode {
  return powershell(
    `Get-TenantAllowBlockListSpoofItems -Identity Default | Where-Object { $_.SpoofedUser -like ${powershellQuote(`*${safeDomain(domain)}`)} }`,
  );
}

/**
 * Exchange Online PowerShell: allow a spoofed sender pair in the Tenant Allow/Block List, in the
 * parameter set Microsoft documents (-Identity Default, -Action, -SendingInfrastructure, -SpoofedUser,
 * -SpoofType). The infrastructure is a domain, or the source IP when no domain is known.
 */
export function allowSpoofCommand(
  domain: string | null,
  infrastructure: string | null,
  type: 'External' | 'Internal' = 'External',
): FixCode {
  const spoofed = safeDomain(domain);
  const source =
    infrastructure === null
      ? '<sending infrastructure>'
      : safeIpLiteral(infrastructure, 'sending infrastructure').ok
        ? safeIp(infrastructure)
        : safeDomain(infrastructure, 'sending infrastructure');
  return powershell(
    `New-TenantAllowBlockListSpoofItems -Identity Default -Action Allow -SendingInfrastructure ` +
      `${powershellQuote(source)} -SpoofedUser ${powershellQuote(spoofed)} -SpoofType ${type}`,
  );
}

/**
 * Exchange Online PowerShell: add ARC sealers to the trusted ones the tenant already has, as Microsoft
 * documents it (read the list with Get-ArcConfig, append, set the union); never a replacement list.
 */
export function trustArcSealerCommand(sealers: readonly string[]): FixCode {
  const names =
    sealers.length > 0 ? sealers.map((s) => safeDomain(s, 'ARC sealer domain')) : ['<ARC sealer domain>'];
  const unique = [...new Set(names)].map(powershellQuote).join(',');
  return powershell(
    `$sealers = @(Get-ArcConfig | Select-Object -ExpandProperty ArcTrustedSealers); $sealers += ${unique}; ` +
      'Set-ArcConfig -Identity Default -ArcTrustedSealers $sealers',
  );
}

/** Fills the knowledge tables' {domain} / {ip} placeholders with validated values. */
function fillTemplate(template: string, domain: string | null, ip: string | null): string {
  return template.replace(/\{domain\}/g, safeDomain(domain)).replace(/\{ip\}/g, safeIp(ip));
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

/**
 * A first SPF record for a domain that has none: its own servers' mechanisms, then `~all`. The sending IP
 * goes in only if the owner recognises it, so the record is given with a placeholder and the IP beside it.
 */
export function newSpfRecordStep(domain: string | null, ip: string | null, microsoft365: boolean): FixStep {
  const d = stepDomain(domain);
  const mechanism = ipMechanism(ip);
  const include = microsoft365 ? ' include:spf.protection.outlook.com' : '';
  return step(
    `Publish one SPF TXT record for ${d} that lists every server and service sending for it; add ` +
      `\`${mechanism}\` only if that address is one of them (otherwise this message was not sent by ${d}):`,
    { kind: 'dns-txt', host: safeDomain(domain), value: `v=spf1${include} <your senders> ~all` },
  );
}

/** Exchange Online PowerShell: block a sender domain in the Tenant Allow/Block List, with no expiry. */
export function blockSenderDomainCommand(domain: string | null): FixCode {
  return powershell(
    `New-TenantAllowBlockListItems -ListType Sender -Block -Entries ${powershellQuote(safeDomain(domain, 'look-alike domain'))} -NoExpiration`,
  );
}

/** Exchange Online PowerShell: add a domain to the domains an anti-phishing policy protects. */
export function protectDomainCommand(domain: string | null): FixCode {
  return powershell(
    `Set-AntiPhishPolicy -Identity '<your anti-phishing policy>' -EnableTargetedDomainsProtection $true ` +
      `-TargetedDomainsToProtect @{Add=${powershellQuote(safeDomain(domain, 'imitated domain'))}}`,
  );
}
