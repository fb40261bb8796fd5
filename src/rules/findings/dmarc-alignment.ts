import { REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimFixSteps } from '../fix-plans';
import { authorDomain, passEvidence, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'dmarc-alignment'> = {
  id: 'dmarc-alignment',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'Authentication passed, but not for the From domain',
  when:
    'SPF or DKIM passed, but for a domain that does not align with the From domain, and nothing carries ' +
    'DMARC (no aligned pass, or the receiver’s own dmarc=fail says so).',
  why:
    'DMARC counts only a pass for the From domain’s organization (or the exact name under strict ' +
    'alignment); a relay or a service sending on the domain’s behalf passes for its own domain instead.',
  references: [REFERENCES.AUTH_WORK_TOGETHER, REFERENCES.DMARC_SETUP, REFERENCES.RFC7489],
};

export const dmarcAlignment: FindingModule<'dmarc-alignment'> = {
  meta,
  detect(facts) {
    if (!facts.hasVerdict || facts.carried || !(facts.spfPassed || facts.dkimPassed)) return null;
    // A list or forwarder that broke the author's signature explains the misalignment (dkim-body-hash).
    if (facts.forwarding.length > 0 && facts.bodyHashFailures.length > 0) return null;
    if (facts.spfAlignedPass === true || facts.dkimAlignedPass.includes(true)) return null;
    // Without a From domain, only the receiver's own dmarc=fail proves the pass did not align.
    const known = facts.spfAlignedPass === false || facts.dkimAlignedPass.includes(false);
    if (!known && facts.auth.dmarc?.result !== 'fail') return null;
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    const passed = [
      facts.spfPassed ? `SPF for ${facts.auth.spf?.domain ?? 'the envelope domain'}` : null,
      ...facts.auth.dkim
        .filter((d) => d.result === 'pass')
        .map((d) => `DKIM for ${d.domain ?? 'another domain'}`),
    ].filter((p): p is string => p !== null);
    const strict = facts.mode.spf === 'strict' || facts.mode.dkim === 'strict';
    return report(meta, facts, {
      title: `Authentication passed, but not for ${shown}`,
      explanation:
        `${listSome(passed, ', ')} passed, but DMARC needs SPF or DKIM to pass for the From domain ${shown} ` +
        `(same organizational domain${strict ? '; here strict alignment, the exact same name' : ''}). The envelope or ` +
        'signing domain differs from the From domain, which is typical of a relay or a service sending on your behalf.',
      steps: [
        ...dkimFixSteps(facts, from),
        step(
          `Or have the sending service DKIM-sign with d=${shown}, or use a MAIL FROM (bounce) address in ${shown} so SPF aligns.`,
        ),
      ],
      evidence: passEvidence(facts),
    });
  },
};
