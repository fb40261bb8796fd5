import type { FixStep } from '../diagnosis';
import type { NdrCodeRow } from '../knowledge';
import { lookupNdrCode, REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { evidenceOf } from '../evidence';
import {
  dmarcMonitorRecord,
  enableDkimCommand,
  fillStep,
  authorizeIpStep,
  step,
  UNKNOWN_DOMAIN,
} from '../fixes';
import {
  listedResults,
  namedDomain,
  namedIp,
  rejection51,
  statusText,
  type BounceCheck,
} from '../bounce-details';
import { report, uniqueEvidence, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'ndr-auth-rejection'> = {
  id: 'ndr-auth-rejection',
  owner: 'sender-admin',
  severity: 'error',
  title: 'Delivery refused for authentication',
  when:
    'A bounce (non-delivery report) carries, in its delivery-status or human-readable part, a status code ' +
    'that NDR_CODES lists as an authentication rejection (a 5.7.1 for a group that takes authenticated ' +
    'senders only, RESOLVER.RST.AuthRequired, is none).',
  why:
    'The receiving server refused the message outright: it was never delivered, and the code says which ' +
    'check failed. The bounce replaces the receiver’s Authentication-Results, so it is the verdict.',
  references: [REFERENCES.NDR_5_7_509, REFERENCES.GMAIL_SMTP_ERRORS],
  supersedes: ['no-auth-results'],
};

/** "Final-Recipient: rfc822; meganb@fabrikam.com" (RFC 3464 §2.3.2), the address only. */
const FINAL_RECIPIENT =
  /^final-recipient:\s{0,20}rfc822\s{0,20};\s{0,20}<?([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253})>?\s*$/i;

interface Refusal {
  code: string;
  row: NdrCodeRow;
  text: string;
}

export const ndrAuthRejection: FindingModule<'ndr-auth-rejection'> = {
  meta,
  detect(facts) {
    const hits = facts.authRejections;
    if (hits.length === 0) return null;
    const texts = hits.map((h) => statusText(facts.parsed, h));
    // What the bounce names beats what the headers suggest: the bounce's own headers are the bouncer's.
    const domain = firstOf(texts.map(namedDomain)) ?? facts.subjectDomain ?? facts.senderDomain;
    const ip = firstOf(texts.map(namedIp));
    const refusals: Refusal[] = [];
    for (const [i, hit] of hits.entries()) {
      const row = lookupNdrCode(hit.code);
      if (row && !refusals.some((r) => r.code === hit.code))
        refusals.push({ code: hit.code, row, text: texts[i] });
    }
    const codes = refusals.map((r) => r.code);
    const recipient = finalRecipient(facts.parsed.lines);
    const lead = (code: string): string => (codes.length > 1 ? `${code}: ` : '');
    return report(meta, facts, {
      owner: refusals.some(({ row }) => row.owner === 'sender-admin') ? 'sender-admin' : 'recipient-admin',
      title: recipient
        ? `Your message to ${recipient} was rejected for authentication (${listSome(codes, ', ', 5)})`
        : `Delivery refused for authentication (${listSome(codes, ', ', 5)})`,
      explanation: refusals.map((r) => explain(r, domain)).join(' '),
      steps: refusals.flatMap((r) => stepsFor(r, lead(r.code), domain, ip)),
      evidence: uniqueEvidence(hits.map((h) => evidenceOf(h.loc))),
      references: [...new Set(refusals.flatMap(({ row }) => row.references))],
    });
  },
};

function explain({ code, row, text }: Refusal, domain: string | null): string {
  if (code === '5.7.1' && rejection51(text) === 'dmarc') {
    return (
      `${code}: the recipient's mail provider refused it under the DMARC policy of ${domain ?? UNKNOWN_DOMAIN}: ` +
      'neither SPF nor DKIM passed for a domain aligned with the From address.'
    );
  }
  const listed = code === '5.7.515' ? failedChecks(text) : [];
  const which =
    listed.length > 0
      ? ` The bounce lists ${listed.map((c) => c.toUpperCase()).join(', ')} as not passing.`
      : '';
  return `${code} (${row.system}): ${row.meaning} ${row.likelyCause}${which}`;
}

function stepsFor(
  { code, row, text }: Refusal,
  lead: string,
  domain: string | null,
  ip: string | null,
): FixStep[] {
  if (code === '5.7.1' && rejection51(text) === 'dmarc') {
    const shown = domain ?? UNKNOWN_DOMAIN;
    return [
      step(
        `${lead}Sign the mail with DKIM as d=${shown}, so it passes aligned with the From domain; in Microsoft 365:`,
        enableDkimCommand(domain),
      ),
      // The bounce is about the reader's own mail: the refused server is theirs or a service they use.
      authorizeIpStep(domain, ip, { suspicious: false }),
    ];
  }
  if (code === '5.7.515' && Object.keys(listedResults(text)).length > 0) {
    const failed = failedChecks(text);
    // Every listed check passed: the bounce names no single cause, so the table's full list stands.
    if (failed.length > 0) return failed.map((check) => checkStep(check, lead, domain, ip));
  }
  return row.fix.map((template) => fillStep(template, lead, domain, ip));
}

/** The checks a 5.7.515 lists as anything but pass, in SPF, DKIM, DMARC order. */
function failedChecks(text: string): BounceCheck[] {
  const results = listedResults(text);
  return (['spf', 'dkim', 'dmarc'] as const).filter((c) => results[c] !== undefined && results[c] !== 'pass');
}

function checkStep(check: BounceCheck, lead: string, domain: string | null, ip: string | null): FixStep {
  const shown = domain ?? UNKNOWN_DOMAIN;
  switch (check) {
    case 'spf': {
      // The bounce is about the reader's own mail: the refused server is theirs or a service they use.
      const authorize = authorizeIpStep(domain, ip, { suspicious: false });
      return { ...authorize, text: `${lead}SPF did not pass. ${authorize.text}` };
    }
    case 'dkim':
      return step(
        `${lead}DKIM did not pass: sign the mail as d=${shown}; in Microsoft 365:`,
        enableDkimCommand(domain),
      );
    case 'dmarc':
      return step(
        `${lead}DMARC did not pass: publish a DMARC record for ${shown}, at least p=none:`,
        dmarcMonitorRecord(domain),
      );
  }
}

/** Exchange Online's text part: "Your message to meganb@fabrikam.com couldn't be delivered." */
const YOUR_MESSAGE_TO =
  /^your message to <?([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253})>? (?:couldn't|could not|can't) be delivered/i;

function finalRecipient(lines: string[]): string | null {
  for (const line of lines) {
    const m = FINAL_RECIPIENT.exec(line) ?? YOUR_MESSAGE_TO.exec(line.trim());
    if (m) return m[1];
  }
  return null;
}

function firstOf<T>(values: (T | null)[]): T | null {
  return values.find((v): v is T => v !== null) ?? null;
}
