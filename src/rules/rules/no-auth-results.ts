import { REFERENCES } from '../knowledge';
import { evidenceOf } from '../evidence';
import { uniqueEvidence, type Rule } from './rule';

/** no-auth-results: the block has no receiver verdict (no Authentication-Results with spf/dkim/dmarc/compauth). */
export const noAuthResultsRule: Rule = (facts) => {
  // A bounce carries the rejecting receiver's verdict in its text (ndr-auth-rejection), not in headers.
  if (facts.hasVerdict || facts.authRejections.length > 0) return [];
  const { authAs, authResults } = facts.parsed;
  const internal = authAs?.value.toLowerCase() === 'internal';
  const senderSide = authResults.length > 0;
  const explanation = internal
    ? 'X-MS-Exchange-Organization-AuthAs: Internal shows this is internal mail: it never crossed the boundary of your organization, so Exchange did not check SPF, DKIM or DMARC and stamped no Authentication-Results.'
    : (senderSide
        ? 'The only Authentication-Results here were stamped on the sending side (for example a relay recording the authenticated submission), not by the receiving mailbox. '
        : 'These headers carry no Authentication-Results at all. ') +
      'That is normal for a copy from Sent Items, internal mail, or headers a client or forwarder stripped; it says nothing about whether the message authenticates.';
  return [
    {
      id: 'no-auth-results',
      severity: 'warning',
      owner: 'user',
      title: internal
        ? 'Internal mail: no authentication results to check'
        : 'No authentication results in these headers',
      explanation,
      fix: [
        "Open the message as received in the recipient's mailbox (not Sent Items) and copy all of its internet headers.",
        'Then paste the complete header block in paste mode (Outlook: File > Properties > Internet headers; Outlook on the web: View > View message details).',
      ],
      evidence: uniqueEvidence([
        ...(authAs ? [evidenceOf(authAs.loc)] : []),
        ...authResults.map((ar) => evidenceOf(ar.loc)),
      ]),
      references: [REFERENCES.AUTH_RESULTS_HEADER, REFERENCES.ANTISPAM_HEADERS],
    },
  ];
};
