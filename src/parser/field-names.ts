/**
 * The field names of a header block: finding one at the start of a line, and the name table that gives
 * each name, once, its lower-cased key and what the splitter (./fields) asks about it.
 */

/**
 * Where the name of a field line starting at `start` ends, or -1 when [start, end) is no field line: a
 * name, optional WSP (obsolete syntax) and a colon. Names are restricted to the characters real header
 * names use ([A-Za-z0-9] then [A-Za-z0-9_.-]*), so an unindented continuation such as
 * "smtp.mailfrom=x; dkim=pass" (pasted from a document that lost the folding indentation) is not mistaken
 * for a field. `out` receives the colon's offset and the name's hash, found in the same pass.
 */
export function fieldNameEnd(text: string, start: number, end: number, out: NameScan): number {
  if (start >= end || !isAlnum(text.charCodeAt(start))) return -1;
  let hash = nameHashStep(FNV_OFFSET, text.charCodeAt(start));
  let i = start + 1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isNameChar(c)) break;
    hash = nameHashStep(hash, c);
  }
  const nameEnd = i;
  while (i < end && isWsp(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== 58) return -1;
  out.colon = i;
  out.hash = hash;
  return nameEnd;
}

/** What fieldNameEnd finds besides the name's end. */
export interface NameScan {
  /** Offset of the colon after the name. */
  colon: number;
  /** FNV-1a hash of the name's characters as written (case kept). */
  hash: number;
}

const FNV_OFFSET = 0x811c9dc5;

function nameHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The characters of a field name after its first ([A-Za-z0-9_.-]) by ASCII code: one load per character
 * instead of four range tests, in a loop that every field line's name goes through.
 */
const NAME_CHARS = new Uint8Array(128).map((_, c) =>
  isAlnum(c) || c === 95 || c === 46 || c === 45 ? 1 : 0,
);

function isNameChar(c: number): boolean {
  return c < 128 && NAME_CHARS[c] === 1;
}

/** `KEY:value;` fields whose keys look like field names when a paste loses the folding indentation. */
const ANTISPAM_MAPS = new Set([
  'x-forefront-antispam-report',
  'x-forefront-antispam-report-untrusted',
  'x-microsoft-antispam',
  'x-microsoft-antispam-untrusted',
]);
/** Antispam keys are short upper-case codes (CIP, CTRY, SFV, SFTY, BCL, ARA …). */
const ANTISPAM_KEY = /^[A-Z][A-Z0-9]{0,7}$/;
/**
 * Hyphen-less field names that tools sometimes write in capitals ("SUBJECT:"): never an antispam key, even
 * after an antispam field (names with '-' never match ANTISPAM_KEY).
 */
const PLAIN_FIELD_NAMES = new Set([
  'to',
  'cc',
  'bcc',
  'from',
  'sender',
  'date',
  'subject',
  'received',
  'comments',
  'keywords',
  'importance',
  'priority',
  'sensitivity',
  'organization',
]);

/**
 * Fields that open a header block pasted with blank lines between the fields (copied from a web page or a
 * document): after a blank line, one of these means "more headers", not "the body starts".
 */
const TRANSPORT_FIELDS = new Set([
  'received',
  'authentication-results',
  'received-spf',
  'dkim-signature',
  'return-path',
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
]);
const TRANSPORT_PREFIXES = ['arc-', 'x-ms-', 'x-microsoft-', 'x-forefront-'];

function isTransportField(key: string): boolean {
  return TRANSPORT_FIELDS.has(key) || TRANSPORT_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * A field name as written, one string shared by every field of that name, its lower-cased key, and what
 * the splitter asks about it: worked out once per name, not once per field line (the questions are set
 * lookups, prefix tests and a regex, and a blank-separated block asks them on both sides of every blank run).
 */
export interface FieldName {
  readonly name: string;
  readonly key: string;
  /** A field that opens more headers after a blank line (TRANSPORT_FIELDS and prefixes). */
  readonly transport: boolean;
  /** Content-Type or MIME-Version: the block is a whole message, whose blank line starts the body. */
  readonly mime: boolean;
  /** An antispam map (ANTISPAM_MAPS), which `KEY:` lines that lost their indentation may continue. */
  readonly antispamMap: boolean;
  /** Whether a line with this name may be such an antispam entry (ANTISPAM_KEY, no PLAIN_FIELD_NAMES). */
  readonly antispamKey: boolean;
  /** Whether a long value may keep its line breaks (KEPT_FOLDED). */
  readonly keptFolded: boolean;
}

export function newFieldName(name: string): FieldName {
  const key = name.toLowerCase();
  return {
    name,
    key,
    transport: isTransportField(key),
    mime: key === 'content-type' || key === 'mime-version',
    antispamMap: ANTISPAM_MAPS.has(key),
    antispamKey: ANTISPAM_KEY.test(name) && !PLAIN_FIELD_NAMES.has(key),
    keptFolded: KEPT_FOLDED.has(key),
  };
}

/**
 * Field names seen, each with its facts computed once: a block repeats a few dozen names (Received, ARC-*,
 * X-MS-*) thousands of times, and every field then holds the same two strings instead of its own copy of
 * the name (memory a 1 MB block of short fields keeps for as long as its reading lives). Bounded, as the
 * names are the sender's to choose.
 */
const nameCache = new Map<string, FieldName>();
const MAX_CACHED_NAMES = 512;

function fieldName(name: string): FieldName {
  let known = nameCache.get(name);
  if (known === undefined) {
    known = newFieldName(name);
    if (nameCache.size < MAX_CACHED_NAMES) nameCache.set(name, known);
  }
  return known;
}

/**
 * The cached names by their hash (one per slot, the first cached name to take it), found by comparing the
 * characters in place: a field line's name is then recognised with no string cut from the text and hashed
 * again by a Map. Names that share a slot (by chance, or chosen by a sender to collide) take the Map
 * above, which costs what every name cost before; the table is fixed in size whatever the input.
 */
const NAME_SLOTS = 4096;
const nameSlots: (FieldName | undefined)[] = new Array<FieldName | undefined>(NAME_SLOTS).fill(undefined);

/** The name text[start, end) whose fieldNameEnd hash is `hash`. */
export function nameAt(text: string, start: number, end: number, hash: number): FieldName {
  const slot = hash & (NAME_SLOTS - 1);
  const known = nameSlots[slot];
  if (known !== undefined && known.name.length === end - start && text.startsWith(known.name, start)) {
    return known;
  }
  const named = fieldName(text.slice(start, end));
  // Only a name the Map keeps takes a slot: the slots then keep alive no name beyond the Map's bound
  // (a sender's names can be long, and a scan reads block after block).
  if (known === undefined && nameCache.get(named.name) === named) nameSlots[slot] = named;
  return named;
}

/**
 * Fields whose readers take a line break of a kept value for the folding whitespace it is: those that
 * read it through the CFWS lexer (src/parser/cursor.ts), and the Subject and address fields, of which
 * only a head is read (unfoldedHead) and the Subject unfolded whole. Values read as plain text (dates,
 * Message-ID, antispam maps) are always unfolded. See KEEP_BREAKS_FROM in ./fields.
 */
const KEPT_FOLDED = new Set([
  'authentication-results',
  'arc-authentication-results',
  'authentication-results-original',
  'received-spf',
  'subject',
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
]);

/** Space or tab (RFC 5322 WSP): what may stand between a field name and its colon, and what indents a fold. */
export function isWsp(code: number): boolean {
  return code === 32 || code === 9;
}
