import { lookupNdrCode, REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { evidenceOf } from '../evidence';
import { fillStep } from '../fixes';
import { report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'ndr-auth-rejection'> = {
  id: 'ndr-auth-rejection',
  owner: 'sender-admin',
  severity: 'error',
  title: 'Delivery refused for authentication',
  when: 'A bounce (non-delivery report) carries a status code that NDR_CODES lists as an authentication rejection.',
  why:
    'The receiving server refused the message outright: it was never delivered, and the code says which ' +
    'check failed. The bounce replaces the receiver’s Authentication-Results, so it is the verdict.',
  references: [REFERENCES.NDR_5_7_509, REFERENCES.GMAIL_SMTP_ERRORS],
  supersedes: ['no-auth-results'],
};

export const ndrAuthRejection: FindingModule<'ndr-auth-rejection'> = {
  meta,
  detect(facts) {
    const hits = facts.authRejections;
    if (hits.length === 0) return null;
    const domain = facts.subjectDomain ?? facts.senderDomain;
    const ip = facts.hasVerdict ? facts.sendingIp : null;
    const codes = [...new Set(hits.map((h) => h.code))];
    // authRejections holds only codes the table lists, so every code has a row.
    const rows = codes.flatMap((code) => {
      const row = lookupNdrCode(code);
      return row ? [{ code, row }] : [];
    });
    return report(meta, facts, {
      owner: rows.some(({ row }) => row.owner === 'sender-admin') ? 'sender-admin' : 'recipient-admin',
      title: `Delivery refused for authentication (${listSome(codes, ', ', 5)})`,
      explanation: rows
        .map(({ code, row }) => `${code} (${row.system}): ${row.meaning} ${row.likelyCause}`)
        .join(' '),
      // With several codes, each step says which code it answers.
      steps: rows.flatMap(({ code, row }) =>
        row.fix.map((template) => fillStep(template, codes.length > 1 ? `${code}: ` : '', domain, ip)),
      ),
      evidence: uniqueEvidence(hits.map((h) => evidenceOf(h.loc))),
      references: [...new Set(rows.flatMap(({ row }) => row.references))],
    });
  },
};
