import type { Finding } from '../diagnosis';
import { lookupNdrCode } from '../knowledge';
import { listSome } from '../trim-and-list';
import { evidenceOf } from '../evidence';
import { fillTemplate } from '../fixes';
import { uniqueEvidence, type Rule } from './rule';

/** ndr-auth-rejection: a non-delivery report whose status code is an authentication rejection. */
export const ndrRule: Rule = (facts) => {
  const hits = facts.authRejections;
  if (hits.length === 0) return [];
  const domain = facts.subjectDomain ?? facts.senderDomain;
  const ip = facts.hasVerdict ? facts.sendingIp : null;
  const codes = [...new Set(hits.map((h) => h.code))];
  const rows = codes.map((code) => ({ code, row: lookupNdrCode(code) }));
  const explanation = rows
    .map(({ code, row }) =>
      row
        ? `${code} (${row.system}): ${row.meaning} ${row.likelyCause}`
        : `${code}: an authentication rejection.`,
    )
    .join(' ');
  const fix = rows.flatMap(({ code, row }) =>
    row ? row.fix.map((step) => (codes.length > 1 ? `${code}: ` : '') + fillTemplate(step, domain, ip)) : [],
  );
  const owners = rows.map(({ row }) => row?.owner ?? 'sender-admin');
  const references = [...new Set(rows.flatMap(({ row }) => row?.references ?? []))];
  const finding: Finding = {
    id: 'ndr-auth-rejection',
    severity: 'error',
    owner: owners.includes('sender-admin') ? 'sender-admin' : 'recipient-admin',
    title: `Delivery refused for authentication (${listSome(codes, ', ', 5)})`,
    explanation,
    fix: fix.length > 0 ? fix : ['Fix SPF, DKIM and DMARC for the sending domain, then resend.'],
    evidence: uniqueEvidence(hits.map((h) => evidenceOf(h.loc))),
    references,
  };
  return [finding];
};
