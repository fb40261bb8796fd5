import { AUTH_AS_VALUES, REFERENCES } from '../knowledge';
import { evidenceOf } from '../evidence';
import { step } from '../fixes';
import { report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'no-auth-results'> = {
  id: 'no-auth-results',
  owner: 'user',
  severity: 'warning',
  title: 'No authentication results in these headers',
  when: 'No Authentication-Results header gives an spf, dkim, dmarc or compauth result.',
  why:
    'Without the receiving server’s verdict nothing can be judged: these are often the headers of a sent ' +
    'copy, of internal mail, or of a message whose headers a client or forwarder removed.',
  references: [REFERENCES.AUTH_RESULTS_HEADER],
};

export const noAuthResults: FindingModule<'no-auth-results'> = {
  meta,
  detect(facts) {
    if (facts.hasVerdict) return null;
    const { authAs, authResults } = facts.parsed;
    const wanted = authAs?.value.trim().toLowerCase();
    const authAsRow = AUTH_AS_VALUES.find((row) => row.value.toLowerCase() === wanted);
    const internal = authAsRow?.internal === true;
    const senderSide = authResults.length > 0;
    const explanation =
      internal && authAsRow
        ? `X-MS-Exchange-Organization-AuthAs: ${authAsRow.value} shows this is internal mail. ${authAsRow.meaning} ` +
          'It never crossed the boundary of your organization, so Exchange did not check SPF, DKIM or DMARC ' +
          'and stamped no Authentication-Results.'
        : (senderSide
            ? 'The only Authentication-Results here were stamped on the sending side (for example a relay recording the authenticated submission), not by the receiving mailbox. '
            : 'These headers carry no Authentication-Results at all. ') +
          'That is normal for a copy from Sent Items, internal mail, or headers a client or forwarder stripped; it says nothing about whether the message authenticates.';
    return report(meta, facts, {
      title: internal
        ? 'Internal mail: no authentication results to check'
        : 'No authentication results in these headers',
      explanation,
      steps: [
        step(
          "Open the message as received in the recipient's mailbox (not Sent Items) and copy all of its internet headers.",
        ),
        step(
          'Then paste the complete header block in paste mode (Outlook: File > Properties > Internet headers; Outlook on the web: View > View message details).',
        ),
      ],
      evidence: uniqueEvidence([
        ...(authAs ? [evidenceOf(authAs.loc)] : []),
        ...authResults.map((ar) => evidenceOf(ar.loc)),
      ]),
    });
  },
};
