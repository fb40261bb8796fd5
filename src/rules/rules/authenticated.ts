import { REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { uniqueEvidence, type Rule } from './rule';

/** authenticated: SPF or DKIM passes aligned, DMARC passes, and compauth passes (or is absent: not Microsoft). */
export const authenticatedRule: Rule = (facts) => {
  const { auth } = facts;
  if (!facts.hasVerdict || auth.dmarc?.result !== 'pass') return [];
  if (auth.compauth && auth.compauth.result !== 'pass') return [];
  // With a From domain we check alignment ourselves; without one, DMARC's own pass proves it.
  const alignedPass =
    facts.spfAlignedPass === true ||
    facts.dkimAlignedPass.includes(true) ||
    (facts.spfAlignedPass === null &&
      facts.dkimAlignedPass.every((a) => a === null) &&
      (facts.spfPassed || facts.dkimPassed));
  if (!alignedPass) return [];
  const from = facts.fromDomain ?? facts.senderDomain ?? 'the sender';
  const how = [
    facts.spfAlignedPass === true ? `SPF (${auth.spf?.domain})` : null,
    ...auth.dkim.filter((_, i) => facts.dkimAlignedPass[i] === true).map((d) => `DKIM (${d.domain})`),
  ].filter((s): s is string => s !== null);
  return [
    {
      id: 'authenticated',
      severity: 'info',
      owner: 'none',
      title: `Authenticated as ${from}`,
      explanation:
        `${how.length ? listSome(how, ' and ') : 'SPF or DKIM'} passed in alignment with ${from}, DMARC passed` +
        (auth.compauth
          ? `, and Microsoft's composite authentication passed (reason ${auth.compauth.reason ?? 'none'}).`
          : '.'),
      fix: ['No action needed.'],
      evidence: uniqueEvidence([
        ...facts.evidence.spf,
        ...facts.evidence.dkim.flat(),
        ...facts.evidence.dmarc,
        ...facts.evidence.compauth,
      ]),
      references: [REFERENCES.AUTH_OVERVIEW, REFERENCES.RFC7489],
    },
  ];
};
