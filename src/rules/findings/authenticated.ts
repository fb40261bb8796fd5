import { REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { step } from '../fixes';
import { report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'authenticated'> = {
  id: 'authenticated',
  owner: 'none',
  severity: 'info',
  title: 'Authenticated as the From domain',
  when:
    'DMARC passes with SPF or DKIM passing aligned with the From domain, and compauth passes or is ' +
    'absent (a receiver other than Microsoft).',
  why: 'The message provably comes from the domain it shows; nothing needs fixing.',
  references: [REFERENCES.AUTH_OVERVIEW, REFERENCES.RFC7489],
};

export const authenticated: FindingModule<'authenticated'> = {
  meta,
  detect(facts) {
    const { auth } = facts;
    if (!facts.hasVerdict || auth.dmarc?.result !== 'pass') return null;
    if (auth.compauth && auth.compauth.result !== 'pass') return null;
    // With a From domain we check alignment ourselves; without one, DMARC's own pass proves it.
    const alignedPass =
      facts.spfAlignedPass === true ||
      facts.dkimAlignedPass.includes(true) ||
      (facts.spfAlignedPass === null &&
        facts.dkimAlignedPass.every((a) => a === null) &&
        (facts.spfPassed || facts.dkimPassed));
    if (!alignedPass) return null;
    const from = facts.fromDomain ?? facts.senderDomain ?? 'the sender';
    const how = [
      facts.spfAlignedPass === true ? `SPF (${auth.spf?.domain})` : null,
      ...auth.dkim.filter((_, i) => facts.dkimAlignedPass[i] === true).map((d) => `DKIM (${d.domain})`),
    ].filter((s): s is string => s !== null);
    return report(meta, facts, {
      title: `Authenticated as ${from}`,
      explanation:
        `${how.length ? listSome(how, ' and ') : 'SPF or DKIM'} passed in alignment with ${from}, DMARC passed` +
        (auth.compauth
          ? `, and Microsoft's composite authentication passed (reason ${auth.compauth.reason ?? 'none'}).`
          : '.'),
      steps: [step('No action needed.')],
      evidence: uniqueEvidence([
        ...facts.evidence.spf,
        ...facts.evidence.dkim.flat(),
        ...facts.evidence.dmarc,
        ...facts.evidence.compauth,
      ]),
    });
  },
};
