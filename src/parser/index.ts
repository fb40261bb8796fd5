import { parseMailbox, parseMailboxList } from './addresses';
import { parseAntispamReport, parseMailboxDelivery, parseOrganizationScl } from './antispam';
import { parseAuthenticationResults } from './auth-results';
import { parseRfc5322Date } from './date';
import { decodeEncodedWords, MAX_DECODED } from './encoded-words';
import { locateField, splitHeaderBlock, unfoldedLength } from './fields';
import { findNdrStatuses } from './ndr';
import { orderHops, parseReceived } from './received';
import { parseReceivedSpf } from './received-spf';
import { parseArcMessageSignature, parseArcSeal, parseDkimSignature } from './tag-list';
import type { HeaderField, Location, ParsedMessage } from './types';
import { WarningSink } from './warnings';

export type * from './types';

/**
 * Runs `read` on a field and turns any failure into a warning: one unreadable field must never cost the
 * rest of the block (the parser never throws).
 */
function guarded<T>(field: HeaderField, warnings: WarningSink, read: (f: HeaderField) => T): T | null {
  try {
    // The field is passed, not captured: a closure per field would be made for each of a block's hops.
    return read(field);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    warnings.add(field.name, field.line, `Could not read this field: ${why}`);
    return null;
  }
}

/**
 * Fields by lower-cased name, each list top-most first: one pass, so lookups do not rescan the block.
 * A list keeps the first LISTED fields of its name (no reader reads more) and counts the rest: a block of
 * 50,000 Received fields would otherwise grow a list past V8's large-object size push by push.
 */
type FieldsByKey = Map<string, { fields: HeaderField[]; count: number }>;

function groupByKey(fields: HeaderField[]): FieldsByKey {
  const byKey: FieldsByKey = new Map();
  for (const f of fields) {
    const list = byKey.get(f.key);
    if (!list) byKey.set(f.key, { fields: [f], count: 1 });
    else if (list.count++ < LISTED) list.fields.push(f);
  }
  return byKey;
}

function all<T>(
  byKey: FieldsByKey,
  key: string,
  warnings: WarningSink,
  read: (f: HeaderField) => T,
  max = MAX_REPEATED,
): T[] {
  const { fields: list, count } = byKey.get(key) ?? { fields: [], count: 0 };
  const out: T[] = [];
  for (const f of list.length > max ? list.slice(0, max) : list) {
    const value = guarded(f, warnings, read);
    if (value !== null) out.push(value);
  }
  if (count > max) {
    const firstSkipped = list[max];
    warnings.add(
      firstSkipped.name,
      firstSkipped.line,
      `${count} ${firstSkipped.name} fields: only the newest ${max} are read`,
    );
  }
  return out;
}

function first<T>(
  byKey: FieldsByKey,
  key: string,
  warnings: WarningSink,
  read: (f: HeaderField) => T,
): T | null {
  const f = byKey.get(key)?.fields[0];
  return f ? guarded(f, warnings, read) : null;
}

/**
 * Fields of one kind read, newest (top-most) first: those the receiving side wrote. A real message has a
 * handful of each; thousands are hostile input and would cost the rules engine as well. RFC 8617 §4.2.1
 * caps ARC at 50 instances, and RFC 5321 §6.3 treats more than 100 Received fields as a mail loop.
 */
const MAX_REPEATED = 100;
const MAX_HOPS = 200;
/** Fields of one name listed by groupByKey: the most any reader reads, and the first it skips. */
const LISTED = Math.max(MAX_REPEATED, MAX_HOPS) + 1;

/** A single-value field with its location; null when the value is empty (an empty field proves nothing). */
function valueWithLocation(f: HeaderField, value = f.value.trim()): { value: string; loc: Location } | null {
  return value.length === 0 ? null : { value, loc: locateField(f) };
}

/** An empty reading whose `lines` are those of `block`, split when first read (the raw view's). */
function emptyMessage(block: { readonly lines: string[] }): ParsedMessage {
  return {
    fields: [],
    get lines(): string[] {
      return block.lines;
    },
    authResults: [],
    arcAuthResults: [],
    arcSeals: [],
    arcMessageSignatures: [],
    receivedSpf: [],
    dkimSignatures: [],
    from: null,
    sender: null,
    replyTo: null,
    returnPath: null,
    to: [],
    subject: null,
    messageId: null,
    date: null,
    hops: [],
    forefront: null,
    microsoftAntispam: null,
    mailboxDelivery: null,
    organizationScl: null,
    authAs: null,
    originatingIp: null,
    authResultsOriginal: [],
    ndr: [],
    warnings: [],
  };
}

/**
 * Reads a raw header block (pasted headers or a whole .eml) into typed, located facts. Never throws:
 * whatever cannot be read becomes a warning naming the header and line, and the rest is still used.
 */
export function parseHeaders(raw: string): ParsedMessage {
  const warnings = new WarningSink();
  const text = typeof raw === 'string' ? raw : '';
  let block;
  try {
    block = splitHeaderBlock(text, warnings);
  } catch (error) {
    warnings.add('', 0, `Could not split the block into header fields: ${String(error)}`);
    return { ...emptyMessage({ lines: [] }), warnings: warnings.finish() };
  }
  const { fields, bodyStart } = block;
  if (fields.length === 0) {
    warnings.add('', 1, 'No header fields found ("Name: value" lines)');
    return { ...emptyMessage(block), warnings: warnings.finish() };
  }

  const message = emptyMessage(block);
  message.fields = fields;
  const byKey = groupByKey(fields);
  message.authResults = all(byKey, 'authentication-results', warnings, (f) =>
    parseAuthenticationResults(f, warnings),
  );
  message.arcAuthResults = all(byKey, 'arc-authentication-results', warnings, (f) =>
    parseAuthenticationResults(f, warnings, true),
  );
  message.authResultsOriginal = all(byKey, 'authentication-results-original', warnings, (f) =>
    parseAuthenticationResults(f, warnings),
  );
  message.arcSeals = all(byKey, 'arc-seal', warnings, (f) => parseArcSeal(f, warnings));
  message.arcMessageSignatures = all(byKey, 'arc-message-signature', warnings, (f) =>
    parseArcMessageSignature(f, warnings),
  );
  message.receivedSpf = all(byKey, 'received-spf', warnings, (f) => parseReceivedSpf(f, warnings));
  message.dkimSignatures = all(byKey, 'dkim-signature', warnings, (f) => parseDkimSignature(f, warnings));
  message.from = first(byKey, 'from', warnings, (f) => parseMailbox(f, warnings));
  message.sender = first(byKey, 'sender', warnings, (f) => parseMailbox(f, warnings));
  message.replyTo = first(byKey, 'reply-to', warnings, (f) => parseMailbox(f, warnings));
  message.returnPath = first(byKey, 'return-path', warnings, (f) => parseMailbox(f, warnings));
  message.to = first(byKey, 'to', warnings, (f) => parseMailboxList(f, warnings)) ?? [];
  message.cc = first(byKey, 'cc', warnings, (f) => parseMailboxList(f, warnings)) ?? [];
  message.subject = first(byKey, 'subject', warnings, (f) => {
    const length = unfoldedLength(f);
    if (length > MAX_DECODED && f.value.includes('=?')) {
      warnings.add(f.name, f.line, `Subject is ${length} characters long: only the start is decoded`);
    }
    return decodeEncodedWords(f.value);
  });
  message.messageId = first(byKey, 'message-id', warnings, (f) => f.value.trim());
  message.date = first(byKey, 'date', warnings, (f) => {
    const reading = parseRfc5322Date(f.value);
    if (reading.problem) warnings.add(f.name, f.line, reading.problem);
    return reading.iso;
  });
  message.hops = orderHops(all(byKey, 'received', warnings, (f) => parseReceived(f, warnings), MAX_HOPS));
  message.forefront = first(byKey, 'x-forefront-antispam-report', warnings, (f) =>
    parseAntispamReport(f, warnings),
  );
  message.microsoftAntispam = first(byKey, 'x-microsoft-antispam', warnings, (f) =>
    parseAntispamReport(f, warnings),
  );
  message.mailboxDelivery = first(byKey, 'x-microsoft-antispam-mailbox-delivery', warnings, (f) =>
    parseMailboxDelivery(f, warnings),
  );
  message.organizationScl = first(byKey, 'x-ms-exchange-organization-scl', warnings, (f) =>
    parseOrganizationScl(f, warnings),
  );
  message.originatingIp = first(byKey, 'x-originating-ip', warnings, (f) =>
    valueWithLocation(f, f.value.trim().replace(/^\[|\]$/g, '')),
  );
  message.authAs = first(byKey, 'x-ms-exchange-organization-authas', warnings, (f) => valueWithLocation(f));
  try {
    message.ndr = findNdrStatuses(block);
  } catch (error) {
    warnings.add(
      'body',
      bodyStart === null ? 0 : bodyStart + 1,
      `Could not scan for NDR codes: ${String(error)}`,
    );
  }
  message.warnings = warnings.finish();
  return message;
}
