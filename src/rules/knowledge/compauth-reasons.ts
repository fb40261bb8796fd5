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
      `Reason ${code} is not documented by Microsoft: a meaning some third-party tools give for it has ` +
      `no source. Read it by its family: ${familyTreatment}.`,
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
    'Explicit failure: the From domain publishes DMARC p=quarantine or p=reject and DMARC failed. Since 2023 Exchange Online honours p=reject by default, so the message can bounce with 550 5.7.509 instead of landing in Junk.',
    'Neither SPF nor DKIM passes aligned with the From domain: an unauthorised source, or forwarding that broke both.',
    'Make SPF or DKIM pass aligned with the From domain, add any missing sending source, and trust the ARC sealer of a forwarder.',
  ),
  documentedRow(
    '001',
    'fail',
    'compauth-implicit-failure',
    'Implicit failure: the From domain has no usable authentication records, or only a weak policy.',
    'Too little signal for Microsoft: no SPF or a ~all/?all one, no DKIM, or DMARC at p=none.',
    'Publish SPF, DKIM and DMARC aligned with the From domain, then tighten SPF from ~all to -all.',
  ),
  documentedRow(
    '002',
    'fail',
    'tenant-blocked',
    "The recipient tenant's policy blocks this sender and domain pair.",
    'An admin added a block, for example in the Tenant Allow/Block List.',
    'If the sender is legitimate, remove the block entry.',
  ),
  documentedRow(
    '010',
    'fail',
    'intra-org-spoof',
    'DMARC failed under p=quarantine or p=reject for a From domain that is one of your own accepted domains.',
    'A service mails as your domain without being authorised to: spoofing from inside.',
    'Authorise the service in SPF or DKIM, or allow it in the Tenant Allow/Block List.',
  ),
  documentedRow(
    '1xx',
    'pass',
    null,
    'Authentication passed, explicitly or implicitly.',
    'Success.',
    'No action.',
  ),
  documentedRow(
    '100',
    'pass',
    null,
    'SPF or DKIM passed and its domain is aligned with the From domain.',
    'Normal success.',
    'No action.',
  ),
  documentedRow(
    '101',
    'pass',
    null,
    'A DKIM signature of the From domain verified.',
    'DKIM passed aligned.',
    'No action.',
  ),
  documentedRow(
    '102',
    'pass',
    null,
    'SPF passed for a MAIL FROM domain aligned with the From domain.',
    'SPF passed aligned.',
    'No action.',
  ),
  documentedRow(
    '103',
    'pass',
    null,
    'The From domain matches the reverse DNS (PTR) name of the sending IP.',
    'Passed through PTR.',
    'No action.',
  ),
  documentedRow(
    '104',
    'pass',
    null,
    "The sending IP's PTR name matches the From domain.",
    'Passed through PTR.',
    'No action.',
  ),
  documentedRow(
    '108',
    'pass',
    null,
    'DKIM failed only because a trusted earlier hop changed the body.',
    'Accepted, e.g. an on-premises server in the path.',
    'Watch for servers that rewrite mail in transit; ARC helps.',
  ),
  documentedRow(
    '109',
    'pass',
    'implicit-pass',
    'The From domain has no DMARC record, yet the message would have passed DMARC.',
    'Accepted without a policy.',
    'Publish a DMARC record so the intent is explicit.',
  ),
  documentedRow(
    '111',
    'pass',
    'implicit-pass',
    'DMARC could not be evaluated (temperror or permerror), but SPF or DKIM passed aligned with the From domain.',
    'Accepted despite the DMARC error.',
    'Repair the DMARC record.',
  ),
  documentedRow(
    '112',
    'pass',
    'implicit-pass',
    'The DMARC lookup timed out in DNS.',
    'A passing DNS problem.',
    "Check that the domain's DNS answers reliably.",
  ),
  documentedRow(
    '115',
    'pass',
    null,
    'Sent from another Microsoft 365 organisation for which the From domain is an accepted domain.',
    'Accepted: Microsoft 365 to Microsoft 365.',
    'No action.',
  ),
  documentedRow(
    '116',
    'pass',
    null,
    "The From domain's MX matches the PTR name of the connecting IP.",
    'Accepted.',
    'No action.',
  ),
  documentedRow(
    '130',
    'pass',
    'arc-rescued',
    'DMARC failed, but a trusted ARC sealer vouched for the original result and Microsoft used it.',
    'Forwarded through a service the recipient trusts as an ARC sealer.',
    'Keep the forwarder listed as a trusted ARC sealer.',
  ),
  documentedRow(
    '2xx',
    'softpass',
    'softpass',
    'Implicit authentication passed, but only weakly.',
    'Weak signals.',
    'Strengthen SPF, DKIM and DMARC.',
  ),
  documentedRow(
    '201',
    'softpass',
    'softpass',
    "The From domain matches only the subnet of the connecting IP's PTR name.",
    'Weak match by subnet.',
    'Strengthen authentication.',
  ),
  documentedRow(
    '202',
    'softpass',
    'softpass',
    "The From domain matches the domain of the connecting IP's PTR name.",
    'Weak match by PTR.',
    'Strengthen authentication.',
  ),
  documentedRow(
    '3xx',
    'none',
    'compauth-bypassed',
    'Composite authentication was not evaluated.',
    'Not checked.',
    'None.',
  ),
  documentedRow(
    '4xx',
    'none',
    'compauth-bypassed',
    'Composite authentication was bypassed.',
    'Bypassed.',
    'None.',
  ),
  documentedRow(
    '501',
    'n/a',
    null,
    'DMARC not applied: a valid NDR (bounce) answering an earlier exchange.',
    'Bounce allowed.',
    'No action.',
  ),
  documentedRow(
    '502',
    'n/a',
    null,
    'DMARC not applied: a valid NDR (bounce) for mail this organisation sent.',
    'Bounce allowed.',
    'No action.',
  ),
  documentedRow(
    '6xx',
    'fail',
    'compauth-implicit-failure',
    'Implicit authentication failure.',
    'Implicit failure.',
    'Publish and align SPF, DKIM and DMARC.',
  ),
  documentedRow(
    '601',
    'fail',
    'intra-org-spoof',
    'The From domain is one of your own accepted domains (spoofing from inside, or mail to yourself).',
    'An internal or outside application mails as your domain without authenticating.',
    'Authorise the source: SPF or DKIM, an authenticated relay, or the Tenant Allow/Block List.',
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
    'Implicit authentication passed.',
    'Implicit success.',
    'No action.',
  ),
  documentedRow(
    '701-704',
    'pass',
    'implicit-pass',
    'DMARC not applied: this infrastructure has a record of legitimate mail.',
    'Good reputation and history.',
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
    'Composite authentication was bypassed.',
    'Bypassed.',
    'None.',
  ),
  documentedRow(
    '905',
    'none',
    'compauth-bypassed',
    'DMARC not applied because of complex routing: mail passed an on-premises server or another service before Microsoft 365.',
    'Hybrid or third-party routing.',
    'Set up ARC or an authenticated relay.',
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
export function lookupCompauthReason(code: string): Readonly<CompauthLookup> | null {
  const trimmed = code.trim();
  if (!/^\d{3}$/.test(trimmed)) return null;
  // The rules ask about the message's code many times; there are a thousand codes at most, and a
  // three-character key is a copy of its own, never a view into the header text.
  let known = LOOKUPS.get(trimmed);
  if (known === undefined) {
    known = searchTable(trimmed);
    LOOKUPS.set(trimmed, known);
  }
  return known;
}

const LOOKUPS = new Map<string, Readonly<CompauthLookup> | null>();

/** The table search behind lookupCompauthReason, for a code of three digits. */
function searchTable(trimmed: string): CompauthLookup | null {
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
