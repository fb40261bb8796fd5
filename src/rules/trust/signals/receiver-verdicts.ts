/**
 * What the receiving service already concluded, from X-Forefront-Antispam-Report: CAT (the policy that
 * caught the message) and SFTY (the safety tip). The meanings come from the knowledge tables. A spoofing
 * verdict on a message a forwarder or list broke is the consequence of that break, so it is then only a
 * caution; phishing and impersonation verdicts judge more than authentication and always count.
 */
import type { ParsedMessage } from '../../../parser/types';
import type { TrustSignalId } from '../../diagnosis';
import { findAntispamValue } from '../../knowledge';
import { evidenceOf } from '../../evidence';
import type { SignalCheck } from '../context';

interface VerdictKind {
  id: TrustSignalId;
  cat: string[];
  sfty: string[];
  headline: string;
  /** A forwarder, list or gateway on the way explains this verdict. */
  explainedByRoute: boolean;
}

const PHISHING: VerdictKind = {
  id: 'receiver-phishing-verdict',
  cat: ['PHSH', 'HPHSH', 'HPHISH'],
  sfty: [],
  headline: 'Microsoft 365 judged this message to be phishing.',
  explainedByRoute: false,
};
const SPOOF: VerdictKind = {
  id: 'receiver-spoof-verdict',
  cat: ['SPOOF'],
  sfty: ['9.21', '9.22'],
  headline: 'This looks forged: Microsoft 365 found that its sender is not who the From line claims.',
  explainedByRoute: true,
};
const IMPERSONATION: VerdictKind = {
  id: 'receiver-impersonation-verdict',
  cat: ['UIMP', 'GIMP', 'DIMP', 'BIMP'],
  sfty: ['9.19', '9.20'],
  headline:
    'This looks like impersonation: Microsoft 365 found it imitates a person or a domain you deal with.',
  explainedByRoute: false,
};

/** The CAT and SFTY values of the report that match `kind`, with the table's meaning of each. */
function matches(parsed: ParsedMessage, kind: VerdictKind): string[] {
  const fields = parsed.forefront?.fields ?? {};
  const found: string[] = [];
  const cat = fields['CAT']?.trim().toUpperCase();
  if (cat && kind.cat.includes(cat))
    found.push(`CAT:${cat} (${findAntispamValue('CAT', cat)?.meaning ?? cat})`);
  const sfty = fields['SFTY']?.trim();
  if (sfty && kind.sfty.includes(sfty)) {
    found.push(`SFTY:${sfty} (${findAntispamValue('SFTY', sfty)?.meaning ?? sfty})`);
  }
  return found;
}

function verdict(kind: VerdictKind): SignalCheck {
  return ({ facts, benignPath }) => {
    const found = matches(facts.parsed, kind);
    if (found.length === 0 || !facts.parsed.forefront) return null;
    return {
      weight: kind.explainedByRoute && benignPath.length > 0 ? 'caution' : 'spoof',
      signal: {
        id: kind.id,
        text: `The receiving service flagged it: ${found.join('; ')}.`,
        evidence: [evidenceOf(facts.parsed.forefront.loc)],
      },
      headline: kind.headline,
    };
  };
}

export const phishingVerdict = verdict(PHISHING);
export const spoofVerdict = verdict(SPOOF);
export const impersonationVerdict = verdict(IMPERSONATION);
