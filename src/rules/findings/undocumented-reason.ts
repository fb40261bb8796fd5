import { lookupCompauthReason, REFERENCES } from '../knowledge';
import { step } from '../fixes';
import { compauthFindingOf } from './compauth-verdict';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'undocumented-reason'> = {
  id: 'undocumented-reason',
  owner: 'none',
  severity: 'info',
  title: 'compauth reason is not documented by Microsoft',
  when: 'The compauth reason is written but is not a code Microsoft documents (604, 605, 703, an unknown code).',
  why:
    'Third-party tools cite meanings for such codes without a source; the diagnosis treats the code by ' +
    'its family and says so, rather than trust an invented definition.',
  references: [REFERENCES.AUTH_RESULTS_HEADER],
};

export const undocumentedReason: FindingModule<'undocumented-reason'> = {
  meta,
  detect(facts) {
    const compauth = facts.auth.compauth;
    const reason = facts.compauthReasonWritten;
    if (!compauth || !reason || compauth.documented) return null;
    const family = lookupCompauthReason(reason)?.row.code ?? null;
    const familyFinding = compauthFindingOf(facts);
    return report(meta, facts, {
      title: `compauth reason ${reason} is not documented by Microsoft`,
      explanation:
        `Microsoft does not document reason ${reason}; some third-party tools cite a meaning for it, but none is sourced. ` +
        (family
          ? `It is treated by its family (${family})`
          : `Its family is not in Microsoft's table either, so it is judged by the compauth result (${compauth.result})`) +
        (familyFinding ? `, reported as ${familyFinding}.` : '.') +
        ' Do not over-read it.',
      steps: [
        step(
          familyFinding
            ? `Follow the ${familyFinding} finding; do not base a diagnosis on an unsourced definition of ${reason}.`
            : `Nothing to do for ${reason} itself; do not base a diagnosis on an unsourced definition.`,
        ),
      ],
      evidence: facts.evidence.compauth,
    });
  },
};
