import { REFERENCES } from '../knowledge';
import { fixedCommand, step, UNKNOWN_DOMAIN } from '../fixes';
import { dkimFixSteps, spfFixSteps } from '../fix-plans';
import { allMethodEvidence, authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'spf-and-dkim-fail'> = {
  id: 'spf-and-dkim-fail',
  owner: 'sender-admin',
  severity: 'failure',
  title: 'SPF and DKIM both failed',
  when: 'SPF fails (fail, softfail or neutral) and DKIM fails with no DKIM result passing.',
  why:
    'DMARC needs one of the two to pass for the From domain, so with both broken the message cannot ' +
    'pass and is usually quarantined or rejected. One finding gives the order to fix them in.',
  references: [
    REFERENCES.TROUBLESHOOTING,
    REFERENCES.SPF_SETUP,
    REFERENCES.DKIM_SETUP,
    REFERENCES.DMARC_SETUP,
  ],
};

export const spfAndDkimFail: FindingModule<'spf-and-dkim-fail'> = {
  meta,
  detect(facts) {
    if (!facts.spfFailed || !facts.dkimFailed) return null;
    const spfDomain = facts.auth.spf?.domain ?? facts.senderDomain;
    const from = authorDomain(facts);
    const shownFrom = from ?? UNKNOWN_DOMAIN;
    const ip = facts.sendingIp;
    return report(meta, facts, {
      title: `SPF and DKIM both failed for ${shownFrom}`,
      explanation:
        'Both SPF and DKIM authentication failed, so DMARC cannot pass (DMARC needs at least one aligned pass). ' +
        `The sending IP ${ip ?? '(not shown)'} is not authorized for ${spfDomain ?? UNKNOWN_DOMAIN}, and the DKIM ` +
        'signature did not verify. The message is likely quarantined or rejected.',
      steps: [
        ...spfFixSteps(facts, spfDomain),
        ...dkimFixSteps(facts, from, 'Then DKIM: '),
        step(`Verify DMARC alignment: the SPF or DKIM domain must match ${shownFrom}.`),
        step(
          'If a gateway is involved (it modifies messages or sends from an IP not in the SPF record), implement ARC on it.',
        ),
        step(
          ip
            ? `To confirm that ${ip} is a server you use, look the message up in message trace:`
            : 'To find the sending IP, look the message up in message trace:',
          fixedCommand('Get-MessageTrace'),
        ),
      ],
      evidence: allMethodEvidence(facts),
    });
  },
};
