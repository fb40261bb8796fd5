import { parseMailbox, parseMailboxList } from './addresses';
import { parseAntispamReport, parseMailboxDelivery, parseOrganizationScl } from './antispam';
import { parseAuthenticationResults } from './auth-results';
import { parseRfc5322Date } from './date';
import { decodeEncodedWords, MAX_DECODED } from './encoded-words';
import { locateField, splitHeaderBlock } from './fields';
import { findNdrStatuses } from './ndr';
import { orderHops, parseReceived } from './received';
import { parseReceivedSpf } from './received-spf';
import { parseArcMessageSignature, parseArcSeal, parseDkimSignature } from './tag-list';
import type { AuthenticationResults, HeaderField, Location, ParsedMessage } from './types';
import { WarningSink } from './warnings';

export type * from './types';

/**
 * Runs `read` on a field and turns any failure into a warning: one unreadable field must never cost the
 * rest of the block (the parser never throws).
 */
function guarded<T>(field: HeaderField, warnings: WarningSink, read: FieldReader<T>): T | null {
  try {
    return read(field, warnings);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    warnings.add(field.name, field.line, `Could not read this field: ${why}`);
    return null;
  }
}

/**
 * Reads one field. The readers are made once, at module level: a closure per field or per message would
 * be garbage the moment the message is read.
 */
type FieldReader<T> = (field: HeaderField, warnings: WarningSink) => T;

/** Fields by lower-cased name, each list top-most first: one pass, so lookups do not rescan the block. */
type FieldsByKey = Map<string, HeaderField[]>;

/** Only the fields read below are grouped: most of a block (X-MS-Exchange-…, MIME fields) is not. */
function groupByKey(fields: HeaderField[]): FieldsByKey {
  const byKey: FieldsByKey = new Map();
  for (const f of fields) {
    if (!READ_KEYS.has(f.key)) continue;
    const list = byKey.get(f.key);
    if (list) list.push(f);
    else byKey.set(f.key, [f]);
  }
  return byKey;
}

const NO_FIELDS: readonly HeaderField[] = [];

function all<T>(
  byKey: FieldsByKey,
  key: ReadKey,
  warnings: WarningSink,
  read: FieldReader<T>,
  max = MAX_REPEATED,
): T[] {
  const list = byKey.get(key) ?? NO_FIELDS;
  const out: T[] = [];
  const n = Math.min(list.length, max);
  for (let i = 0; i < n; i++) {
    const value = guarded(list[i], warnings, read);
    if (value !== null) out.push(value);
  }
  if (list.length > max) {
    const firstSkipped = list[max];
    warnings.add(
      firstSkipped.name,
      firstSkipped.line,
      `${list.length} ${firstSkipped.name} fields: only the newest ${max} are read`,
    );
  }
  return out;
}

function first<T>(byKey: FieldsByKey, key: ReadKey, warnings: WarningSink, read: FieldReader<T>): T | null {
  const f = byKey.get(key)?.[0];
  return f ? guarded(f, warnings, read) : null;
}

/**
 * Fields of one kind read, newest (top-most) first: those the receiving side wrote. A real message has a
 * handful of each; thousands are hostile input and would cost the rules engine as well. RFC 8617 §4.2.1
 * caps ARC at 50 instances, and RFC 5321 §6.3 treats more than 100 Received fields as a mail loop.
 */
const MAX_REPEATED = 100;
const MAX_HOPS = 200;

/** A single-value field with its location; null when the value is empty (an empty field proves nothing). */
function valueWithLocation(f: HeaderField, value = f.value.trim()): { value: string; loc: Location } | null {
  return value.length === 0 ? null : { value, loc: locateField(f) };
}

const readAuthResults: FieldReader<AuthenticationResults> = (f, w) => parseAuthenticationResults(f, w);
const readArcAuthResults: FieldReader<AuthenticationResults> = (f, w) =>
  parseAuthenticationResults(f, w, true);
const readSubject: FieldReader<string> = (f, warnings) => {
  if (f.value.length > MAX_DECODED && f.value.includes('=?')) {
    warnings.add(f.name, f.line, `Subject is ${f.value.length} characters long: only the start is decoded`);
  }
  return decodeEncodedWords(f.value);
};
const readTrimmed: FieldReader<string> = (f) => f.value.trim();
const readDate: FieldReader<string | null> = (f, warnings) => {
  const reading = parseRfc5322Date(f.value);
  if (reading.problem) warnings.add(f.name, f.line, reading.problem);
  return reading.iso;
};
const readOriginatingIp: FieldReader<{ value: string; loc: Location } | null> = (f) =>
  valueWithLocation(f, f.value.trim().replace(/^\[|\]$/g, ''));
const readValue: FieldReader<{ value: string; loc: Location } | null> = (f) => valueWithLocation(f);

/** The name (lower-cased) of every field parseHeaders reads. */
const KEY = {
  authenticationResults: 'authentication-results',
  arcAuthenticationResults: 'arc-authentication-results',
  authenticationResultsOriginal: 'authentication-results-original',
  arcSeal: 'arc-seal',
  arcMessageSignature: 'arc-message-signature',
  receivedSpf: 'received-spf',
  dkimSignature: 'dkim-signature',
  from: 'from',
  sender: 'sender',
  replyTo: 'reply-to',
  returnPath: 'return-path',
  to: 'to',
  cc: 'cc',
  subject: 'subject',
  messageId: 'message-id',
  date: 'date',
  received: 'received',
  xForefrontAntispamReport: 'x-forefront-antispam-report',
  xMicrosoftAntispam: 'x-microsoft-antispam',
  xMicrosoftAntispamMailboxDelivery: 'x-microsoft-antispam-mailbox-delivery',
  xMsExchangeOrganizationScl: 'x-ms-exchange-organization-scl',
  xOriginatingIp: 'x-originating-ip',
  xMsExchangeOrganizationAuthas: 'x-ms-exchange-organization-authas',
} as const;

/** A key of KEY: `all` and `first` take no other, so READ_KEYS cannot miss one they read. */
type ReadKey = (typeof KEY)[keyof typeof KEY];

/** Only these are grouped (see groupByKey). */
const READ_KEYS = new Set<string>(Object.values(KEY));

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
  message.authResults = all(byKey, KEY.authenticationResults, warnings, readAuthResults);
  message.arcAuthResults = all(byKey, KEY.arcAuthenticationResults, warnings, readArcAuthResults);
  message.authResultsOriginal = all(byKey, KEY.authenticationResultsOriginal, warnings, readAuthResults);
  message.arcSeals = all(byKey, KEY.arcSeal, warnings, parseArcSeal);
  message.arcMessageSignatures = all(byKey, KEY.arcMessageSignature, warnings, parseArcMessageSignature);
  message.receivedSpf = all(byKey, KEY.receivedSpf, warnings, parseReceivedSpf);
  message.dkimSignatures = all(byKey, KEY.dkimSignature, warnings, parseDkimSignature);
  message.from = first(byKey, KEY.from, warnings, parseMailbox);
  message.sender = first(byKey, KEY.sender, warnings, parseMailbox);
  message.replyTo = first(byKey, KEY.replyTo, warnings, parseMailbox);
  message.returnPath = first(byKey, KEY.returnPath, warnings, parseMailbox);
  message.to = first(byKey, KEY.to, warnings, parseMailboxList) ?? [];
  message.cc = first(byKey, KEY.cc, warnings, parseMailboxList) ?? [];
  message.subject = first(byKey, KEY.subject, warnings, readSubject);
  message.messageId = first(byKey, KEY.messageId, warnings, readTrimmed);
  message.date = first(byKey, KEY.date, warnings, readDate);
  message.hops = orderHops(all(byKey, KEY.received, warnings, parseReceived, MAX_HOPS));
  message.forefront = first(byKey, KEY.xForefrontAntispamReport, warnings, parseAntispamReport);
  message.microsoftAntispam = first(byKey, KEY.xMicrosoftAntispam, warnings, parseAntispamReport);
  message.mailboxDelivery = first(
    byKey,
    'x-microsoft-antispam-mailbox-delivery',
    warnings,
    parseMailboxDelivery,
  );
  message.organizationScl = first(byKey, KEY.xMsExchangeOrganizationScl, warnings, parseOrganizationScl);
  message.originatingIp = first(byKey, KEY.xOriginatingIp, warnings, readOriginatingIp);
  message.authAs = first(byKey, KEY.xMsExchangeOrganizationAuthas, warnings, readValue);
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
