/**
 * Every compauth reason code and family of Microsoft's table (as verified in the compauth guide seed),
 * plus the codes third-party tools cite that Microsoft does not document (604, 605, 703).
 */
import type { FindingId } from '../diagnosis';
import type { CompauthReasonRow, CompauthResult } from './types';
import { SOURCES } from './sources';

function documentedRow(
  code: string,
  compauth: CompauthResult,
  finding: FindingId | null,
  meaning: string,
  typicalCause: string,
  resolution: string,
): CompauthReasonRow {
  return {
    code,
    compauth,
    finding,
    meaning,
    typicalCause,
    resolution,
    documented: true,
    source: SOURCES.compauthTable,
  };
}

/** The guide's accuracy box: no meaning is invented, the code is treated by its family. */
function undocumentedRow(
  code: string,
  familyTreatment: string,
  compauth: CompauthResult,
  finding: FindingId,
): CompauthReasonRow {
  return {
    code,
    compauth,
    finding,
    meaning:
      `Reason ${code} is not documented by Microsoft: some third-party tools cite it, but it does not ` +
      `appear in the official documentation. Treat it according to its family: ${familyTreatment}.`,
    typicalCause: 'Unknown: no sourced definition exists for this code.',
    resolution:
      code[0] === '6'
        ? 'Fix it like a 601/6xx implicit failure: publish and align SPF, DKIM and DMARC for the From domain.'
        : 'No action: a 7xx code is an implicit success.',
    documented: false,
    source: SOURCES.compauthAccuracyBox,
  };
}

export const COMPAUTH_REASONS: CompauthReasonRow[] = [
  documentedRow(
    '000',
    'fail',
    'compauth-explicit-failure',
    'Explicit authentication failure. DMARC fails with a p=quarantine or p=reject policy. Since 2023, a p=reject honored by default can lead to a gateway rejection (NDR 550 5.7.509), not just a Junk classification.',
    'The domain publishes a strict DMARC but the message does not align (SPF/DKIM break alignment, often during forwarding or from an unauthorized source).',
    'Align SPF and DKIM on the From:; authorize the sending source; configure a trusted ARC sealer in case of forwarding.',
  ),
  documentedRow(
    '001',
    'fail',
    'compauth-implicit-failure',
    'Implicit authentication failure. No authentication records published, or weak policy.',
    'The domain has little or no authentication: SPF with ~all/?all, or DMARC with p=none. Microsoft lacks signal.',
    'Publish aligned SPF + DKIM + DMARC; harden progressively toward ~all then -all.',
  ),
  documentedRow(
    '002',
    'fail',
    'tenant-blocked',
    'A tenant policy explicitly forbids this sender/domain pair.',
    'Manual administrator entry (Tenant Allow/Block List, spoofing block).',
    'Check and remove the block entry if the sender is legitimate.',
  ),
  documentedRow(
    '010',
    'fail',
    'intra-org-spoof',
    'DMARC fails with p=reject/p=quarantine, and the sending domain is an accepted domain of your organization.',
    'Intra-organization spoofing: a third-party service sends "as" your own domain without being authorized.',
    'Authorize the source in SPF/DKIM or via the Tenant Allow/Block List.',
  ),
  documentedRow(
    '1xx',
    'pass',
    null,
    'The message passed explicit or implicit authentication.',
    'Success.',
    'No action.',
  ),
  documentedRow(
    '100',
    'pass',
    null,
    'SPF passed or DKIM passed, and MAIL FROM and From are aligned.',
    'Nominal success.',
    'No action.',
  ),
  documentedRow(
    '101',
    'pass',
    null,
    'The message is DKIM-signed by the From: domain.',
    'Aligned DKIM success.',
    'No action.',
  ),
  documentedRow(
    '102',
    'pass',
    null,
    'MAIL FROM and From aligned, and SPF passed.',
    'Aligned SPF success.',
    'No action.',
  ),
  documentedRow(
    '103',
    'pass',
    null,
    'The From: is aligned with the PTR (reverse DNS) of the source IP.',
    'Success via PTR.',
    'No action.',
  ),
  documentedRow(
    '104',
    'pass',
    null,
    'The PTR of the source IP is aligned with the From: domain.',
    'Success via PTR.',
    'No action.',
  ),
  documentedRow(
    '108',
    'pass',
    null,
    'DKIM failed because of a body modification by a previous legitimate hop.',
    'Tolerated (on-premises environment, for example).',
    'Monitor in-transit modifications; consider ARC.',
  ),
  documentedRow(
    '109',
    'pass',
    'implicit-pass',
    'No DMARC, but the message would still pass evaluation.',
    'Tolerated.',
    'Publish DMARC to formalize intent.',
  ),
  documentedRow(
    '111',
    'pass',
    'implicit-pass',
    'Despite a DMARC temperror or permerror, SPF or DKIM is aligned with the From:.',
    'Tolerated despite a DNS error.',
    'Fix the DMARC record.',
  ),
  documentedRow(
    '112',
    'pass',
    'implicit-pass',
    'A DNS timeout prevented DMARC retrieval.',
    'Transient DNS error.',
    "Check the domain's DNS resolution.",
  ),
  documentedRow(
    '115',
    'pass',
    null,
    'The message comes from a Microsoft 365 organization where the From: is an accepted domain.',
    'Tolerated (Microsoft 365 to Microsoft 365).',
    'No action.',
  ),
  documentedRow(
    '116',
    'pass',
    null,
    'The MX of the From: is aligned with the PTR of the connecting IP.',
    'Tolerated.',
    'No action.',
  ),
  documentedRow(
    '130',
    'pass',
    'arc-rescued',
    'The ARC result of a trusted ARC sealer replaced a DMARC failure.',
    'Forwarding via a trusted ARC service.',
    'Configure trusted ARC sealers.',
  ),
  documentedRow(
    '2xx',
    'softpass',
    'softpass',
    'The message partially passed implicit authentication.',
    'Partial signals.',
    'Strengthen SPF/DKIM/DMARC.',
  ),
  documentedRow(
    '201',
    'softpass',
    'softpass',
    "The PTR of the From: is aligned with the subnet of the connecting IP's PTR.",
    'Weak alignment (subnet).',
    'Strengthen authentication.',
  ),
  documentedRow(
    '202',
    'softpass',
    'softpass',
    "The From: is aligned with the domain of the connecting IP's PTR.",
    'Weak alignment (PTR).',
    'Strengthen authentication.',
  ),
  documentedRow(
    '3xx',
    'none',
    'compauth-bypassed',
    'The message was not checked for composite authentication.',
    'Not evaluated.',
    'None.',
  ),
  documentedRow(
    '4xx',
    'none',
    'compauth-bypassed',
    'The message bypassed composite authentication.',
    'Bypass.',
    'None.',
  ),
  documentedRow(
    '501',
    'n/a',
    null,
    'DMARC not enforced: valid NDR (non-delivery report), previously established contact.',
    'NDR tolerance.',
    'No action.',
  ),
  documentedRow(
    '502',
    'n/a',
    null,
    'DMARC not enforced: valid NDR for a message sent by this organization.',
    'NDR tolerance.',
    'No action.',
  ),
  documentedRow(
    '6xx',
    'fail',
    'compauth-implicit-failure',
    'Implicit email authentication failure.',
    'Implicit failure.',
    'Publish and align SPF, DKIM, DMARC.',
  ),
  documentedRow(
    '601',
    'fail',
    'intra-org-spoof',
    'The sending domain is an accepted domain of your organization (self-send / intra-org spoofing).',
    'Internal or third-party application or service sending "as you" without authentication.',
    'Authorize the source (SPF/DKIM, authenticated relay, Tenant Allow/Block List).',
  ),
  undocumentedRow(
    '604',
    '6xx = implicit authentication failure (fix it like a 601)',
    'fail',
    'compauth-implicit-failure',
  ),
  undocumentedRow(
    '605',
    '6xx = implicit authentication failure (fix it like a 601)',
    'fail',
    'compauth-implicit-failure',
  ),
  documentedRow(
    '7xx',
    'pass',
    'implicit-pass',
    'The message passed implicit authentication.',
    'Implicit success.',
    'No action.',
  ),
  documentedRow(
    '701-704',
    'pass',
    'implicit-pass',
    'DMARC not enforced thanks to a history of legitimate messages from this infrastructure.',
    'Reputation and history.',
    'No action.',
  ),
  undocumentedRow(
    '703',
    '7xx = implicit success (Microsoft documents the 701-704 range without singling out 703)',
    'pass',
    'implicit-pass',
  ),
  documentedRow(
    '9xx',
    'none',
    'compauth-bypassed',
    'The message bypassed composite authentication.',
    'Bypass.',
    'None.',
  ),
  documentedRow(
    '905',
    'none',
    'compauth-bypassed',
    'DMARC not enforced because of complex routing (on-premises or third-party service before Microsoft 365).',
    'Hybrid routing.',
    'Configure ARC or an authenticated relay.',
  ),
];

export type CompauthMatch = 'exact' | 'range' | 'family';

export interface CompauthLookup {
  row: CompauthReasonRow;
  match: CompauthMatch;
  /** True only when Microsoft documents this exact code (or a range that covers it). */
  documented: boolean;
}

const RANGE = /^(\d{3})-(\d{3})$/;

/**
 * Looks a reason code up: the exact code first, then a documented range (701-704), then the family
 * (6xx). A code known only by its family is reported as undocumented. Returns null for anything that
 * is not three digits, or for a family Microsoft's table does not have (0xx codes, 5xx, 8xx beyond the
 * listed ones).
 */
export function lookupCompauthReason(code: string): CompauthLookup | null {
  const trimmed = code.trim();
  if (!/^\d{3}$/.test(trimmed)) return null;

  const exact = COMPAUTH_REASONS.find((row) => row.code === trimmed);
  if (exact) return { row: exact, match: 'exact', documented: exact.documented };

  const numeric = Number(trimmed);
  const range = COMPAUTH_REASONS.find((row) => {
    const bounds = RANGE.exec(row.code);
    return bounds !== null && numeric >= Number(bounds[1]) && numeric <= Number(bounds[2]);
  });
  if (range) return { row: range, match: 'range', documented: range.documented };

  const family = COMPAUTH_REASONS.find((row) => row.code === `${trimmed[0]}xx`);
  if (family) return { row: family, match: 'family', documented: false };

  return null;
}
