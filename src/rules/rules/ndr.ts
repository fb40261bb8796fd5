import type { ParsedMessage } from '../../parser/types';
import type { Finding } from '../diagnosis';
import { lookupNdrCode } from '../knowledge';
import { evidenceOf } from '../evidence';
import { fillTemplate } from '../fixes';
import { parseMailbox } from '../../parser/addresses';
import { WarningSink } from '../../parser/warnings';
import { uniqueEvidence, type Rule } from './rule';

/** Mailboxes that send bounces: in an NDR, the original sender is the To address. */
const BOUNCER = /^(postmaster|mailer-daemon|microsoftexchange[0-9a-f]*)@/i;

/** ndr-auth-rejection: a non-delivery report whose status code is an authentication rejection. */
export const ndrRule: Rule = (facts) => {
  const hits = facts.authRejections;
  if (hits.length === 0) return [];
  const domain = originalSenderDomain(facts.parsed) ?? facts.senderDomain;
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
    title: `Delivery refused for authentication (${codes.join(', ')})`,
    explanation,
    fix: fix.length > 0 ? fix : ['Fix SPF, DKIM and DMARC for the sending domain, then resend.'],
    evidence: uniqueEvidence(hits.map((h) => evidenceOf(h.loc))),
    references,
  };
  return [finding];
};

/** The bounced message's sender: the To of a bounce from postmaster/MAILER-DAEMON, else the From. */
function originalSenderDomain(parsed: ParsedMessage): string | null {
  if (parsed.from && BOUNCER.test(parsed.from.address)) {
    const to = parsed.fields.find((f) => f.key === 'to');
    return to ? parseMailbox(to, new WarningSink()).domain || null : null;
  }
  return parsed.from?.domain || null;
}
