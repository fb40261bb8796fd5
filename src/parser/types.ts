/**
 * Typed, located facts read from a raw header block. Pure data: no DOM, Node or Office types.
 * Every fact that can serve as evidence carries a `loc` naming the header field and the 1-based line of
 * the raw block where it stands, so a finding can point the user at the exact line.
 */

/** Where a fact stands in the raw block the user gave us. */
export interface Location {
  /** Header field name as written in the block, e.g. "Authentication-Results". */
  header: string;
  /** 1-based line number in the raw block (after any leading mbox "From " line is counted). */
  line: number;
  /** The text that proves the fact, e.g. "dkim=fail (body hash did not verify) header.d=contoso.com". */
  text: string;
}

/** Something the parser could not read; the rest of the block is still used. */
export interface ParseWarning {
  /** Field name as written; "" for a line outside any field, "body" for the body of an .eml. */
  header: string;
  /** 1-based line; 0 when the warning is about the whole block (e.g. "further warnings not listed"). */
  line: number;
  message: string;
}

/**
 * One header field, unfolded (RFC 5322 §2.2.3). Encoded words stay as written here; ParsedMessage carries
 * the decoded Subject and display names.
 */
export interface HeaderField {
  /** Name as written ("authentication-results" keeps its case here). */
  name: string;
  /** Lower-cased name, for lookups. */
  key: string;
  /**
   * Unfolded value, leading whitespace after the colon removed. Encoded words are NOT decoded here. A
   * continuation line that lost its indentation (pasted text) is joined with one space. A very long
   * Authentication-Results or Received-SPF value (64K characters and more) keeps its line breaks, which
   * its readers take for the folding whitespace they are: see KEEP_BREAKS_FROM in src/parser/fields.ts.
   */
  value: string;
  /** First physical line of the field (1-based). */
  line: number;
  /**
   * Offsets into `value` where each physical line after the first begins, so a sub-part of the value
   * can be mapped back to its line: see `lineOf` in src/parser/fields.ts. A typed array for a field
   * folded thousands of times.
   */
  foldOffsets: number[] | Int32Array;
  /**
   * The physical line of each entry of `foldOffsets`, listed only when blank lines were skipped inside
   * the field (a block pasted with a blank line after every line). Absent when they are the consecutive
   * lines line + 1, line + 2, … (and in hand-built fields): `lineOf` then counts them.
   */
  foldLines?: number[];
}

/** `ptype.property=value` (RFC 8601 propspec) or a bare `key=value` (Microsoft's `action=`, Fastmail's `x-bits=`). */
export type AuthProperties = Record<string, string>;

/** One `method=result` of an Authentication-Results (or ARC-Authentication-Results) header. */
export interface AuthMethodResult {
  /** Lower-cased method, e.g. "spf", "dkim", "dmarc", "compauth", "arc", "auth", "x-…". */
  method: string;
  /**
   * Lower-cased result, one of the method's registered words (src/parser/result-words.ts): Yahoo's
   * `dkim_pass` → "pass", `timeout` → "temperror", an unregistered word (`pas`, `ignore`, an empty
   * result) → "none". Methods without a registered list (x-…) keep the word as written.
   */
  result: string;
  /** The lower-cased word as written, present only when it differs from `result`. */
  rawResult?: string;
  /** `reason=` value (quotes removed), e.g. compauth's "001". Null when absent. */
  reason: string | null;
  /** Text of the comments attached to this result, joined by a space, e.g. "body hash did not verify". */
  comment: string | null;
  /**
   * Properties keyed by lower-cased "ptype.property" (smtp.mailfrom, header.d, header.from, header.i,
   * header.s, header.b, policy.*) or by bare lower-cased key (action, x-bits). Values keep their case
   * but lose surrounding quotes and backslash escapes (Fastmail's `\@`); Yahoo's `header.s=@selector` loses
   * its '@'. When a key repeats, the first value wins. The map has no inherited keys ("constructor",
   * "__proto__" are ordinary keys).
   */
  props: AuthProperties;
  /** `method/version` (RFC 8601 method-version, e.g. "1" in `dkim/1=pass`), absent when not written. */
  methodVersion?: string;
  /** What an spf result says besides its word (method "spf" only; absent in hand-built objects). */
  spf?: SpfResultFacts;
  /** What a dmarc result says besides its word (method "dmarc" only; absent in hand-built objects). */
  dmarc?: DmarcResultFacts;
  loc: Location;
}

export interface SpfResultFacts {
  /** The address the receiver's comment says it checked ("sender IP is …", "designates … as"), or null. */
  ip: string | null;
  /** The comment claims an address, readable or not ("10.0.1.x"): nothing else should stand in for it. */
  ipStated: boolean;
  /** `smtp.mailfrom=<>`: the null reverse-path of a bounce; SPF then checks the HELO name (RFC 7208 §2.4). */
  nullSender: boolean;
}

/** DMARC alignment mode (RFC 7489 §6.3 adkim= / aspf=). */
export type AlignmentTag = 'relaxed' | 'strict';

export interface DmarcResultFacts {
  /** Published policy, lower-cased: the comment's `p=` (Gmail, Yahoo) or `policy.dmarc`; null when not shown. */
  policy: string | null;
  /** What the receiver did, lower-cased: Microsoft's `action=` or the comment's `dis=` (Gmail); null when not shown. */
  disposition: string | null;
  /** `aspf=` / `adkim=` in the comment or the properties; null when not shown. */
  aspf: AlignmentTag | null;
  adkim: AlignmentTag | null;
}

export interface AuthenticationResults {
  /** authserv-id, or null when the receiver omitted it (Exchange Online usually does). */
  authservId: string | null;
  /** authres-version when present. */
  version: string | null;
  /** ARC instance (`i=`) for ARC-Authentication-Results; null for Authentication-Results. */
  instance: number | null;
  /** True for the RFC 8601 `; none` form. */
  none: boolean;
  results: AuthMethodResult[];
  /** The whole field, for evidence. */
  loc: Location;
}

/** Received-SPF (RFC 7208 §9.1). */
export interface ReceivedSpf {
  /** Lower-cased result ("pass", "softfail", …). */
  result: string;
  comment: string | null;
  /** key=value pairs, keys lower-cased: client-ip, envelope-from, helo, receiver, identity, mechanism, problem, pr … */
  params: Record<string, string>;
  /**
   * The identity SPF checked: `envelope-from=`, else the comment's "domain of X designates …" (an address
   * or a domain, as written); never `helo=`. "" for the null reverse-path `<>`; null when not shown.
   * Absent in hand-built objects.
   */
  envelopeFrom?: string | null;
  /** `client-ip=` when it is an address, else the comment's "designates X as"; null when neither. */
  clientIp?: string | null;
  loc: Location;
}

/** DKIM-Signature (RFC 6376 §3.5) or ARC-Message-Signature tags. */
export interface DkimSignature {
  /** All tags, keys lower-cased, values with folding whitespace removed. */
  tags: Record<string, string>;
  /** d= (lower-cased) or null when missing. */
  domain: string | null;
  /** s= or null. */
  selector: string | null;
  /** i= for ARC-Message-Signature (instance), null otherwise or when unreadable. */
  instance: number | null;
  loc: Location;
}

/** ARC-Seal (RFC 8617 §4.1.3). */
export interface ArcSeal {
  instance: number | null;
  /** cv= lower-cased: "none" | "pass" | "fail" or whatever was written; null when missing. */
  cv: string | null;
  domain: string | null;
  selector: string | null;
  loc: Location;
}

/** One mailbox from From / Sender / Reply-To / Return-Path. */
export interface MailAddress {
  /** Display name, decoded from RFC 2047, or "" when none. */
  name: string;
  /** addr-spec as written, e.g. "Chris@Fabrikam.com"; "" for the null Return-Path <>. */
  address: string;
  /** Lower-cased domain in ASCII (IDN converted to punycode), or "" when there is none. */
  domain: string;
  loc: Location;
}

/** One Received header (RFC 5321 §4.4). */
export interface ReceivedHop {
  from: string | null;
  by: string | null;
  with: string | null;
  id: string | null;
  for: string | null;
  /** Date after the last ';', as ISO-8601 (UTC), or null when missing or unreadable. */
  date: string | null;
  /**
   * Seconds since the previous (older) hop; null for the oldest hop or when either date is unknown.
   * Negative values (clock skew) are kept as they are: the UI may show them.
   */
  delaySeconds: number | null;
  /**
   * Connecting IP of the `from` clause ("[192.0.2.1]" in its comment, Exchange's bare "(2603:…)", or an
   * address literal), or null when none is written.
   */
  fromIp?: string | null;
  loc: Location;
}

/** A `KEY:value;KEY:value` antispam header as a field map. */
export interface AntispamReport {
  /**
   * Upper-cased keys in order of appearance, values trimmed (the first value wins on repeats). Keys are
   * 1-16 letters or digits; an entry with any other key is dropped with a warning.
   */
  fields: Record<string, string>;
  /**
   * DIR:OUT: the report the sending tenant's outbound filter wrote, carried along with the message. It
   * is the sender's verdict on its own mail, not the recipient's filtering. Absent in hand-built objects.
   */
  outbound?: boolean;
  loc: Location;
}

/** X-Microsoft-Antispam-Mailbox-Delivery: where the recipient's mailbox put the message, and why. */
export interface MailboxDelivery {
  /** `dest:` I = Inbox, J = Junk Email, C = a folder the user's own rule chose; null when absent or other. */
  destination: 'inbox' | 'junk' | 'custom' | null;
  /** `dest:` as written (upper-cased), or null. */
  destCode: string | null;
  /** `OFR:` the filter that decided (SpamFilterAuthJ, CustomRules, TrustedSenderList …), or null. */
  filter: string | null;
  /** `ucf:` a user's custom rule acted (null when absent). */
  userRule: boolean | null;
  /** `jmr:` the junk mail rule acted (null when absent). */
  junkMailRule: boolean | null;
  /** Every entry, keys upper-cased as in AntispamReport. */
  fields: Record<string, string>;
  loc: Location;
}

/** An enhanced status code found in NDR text (RFC 3463), e.g. "5.7.23" in a DSN body or a header. */
export interface NdrStatus {
  /** e.g. "5.7.509" */
  code: string;
  /** The basic SMTP reply code that preceded it, e.g. "550", or null. */
  smtpCode: string | null;
  loc: Location;
}

/** Everything the parser read from one block. */
export interface ParsedMessage {
  /** All header fields, top-most first. */
  fields: HeaderField[];
  /** The raw block split into physical lines (index 0 = line 1), for the raw view. */
  lines: string[];
  /** Authentication-Results, top-most first (the first is the verdict of the receiver nearest the mailbox). */
  authResults: AuthenticationResults[];
  /** ARC-Authentication-Results, top-most first. */
  arcAuthResults: AuthenticationResults[];
  /**
   * Authentication-Results-Original (Exchange Online keeps the previous receiver's verdict under this name
   * when it re-evaluates a message, e.g. between tenants), top-most first. Absent in hand-built objects.
   */
  authResultsOriginal?: AuthenticationResults[];
  arcSeals: ArcSeal[];
  arcMessageSignatures: DkimSignature[];
  receivedSpf: ReceivedSpf[];
  dkimSignatures: DkimSignature[];
  from: MailAddress | null;
  sender: MailAddress | null;
  replyTo: MailAddress | null;
  returnPath: MailAddress | null;
  /** Mailboxes of the top-most To field, in order; absent in hand-built objects. */
  to?: MailAddress[];
  /** Mailboxes of the top-most Cc field, in order; absent in hand-built objects. */
  cc?: MailAddress[];
  subject: string | null;
  messageId: string | null;
  /** Date header as ISO-8601, or null. */
  date: string | null;
  /** Received hops in the order they happened: index 0 is the oldest (the origin), the last is nearest the mailbox. */
  hops: ReceivedHop[];
  /** X-Forefront-Antispam-Report (top-most), or null. */
  forefront: AntispamReport | null;
  /** X-Microsoft-Antispam (top-most), or null. */
  microsoftAntispam: AntispamReport | null;
  /** X-Microsoft-Antispam-Mailbox-Delivery (top-most), or null. Absent in hand-built objects. */
  mailboxDelivery?: MailboxDelivery | null;
  /**
   * X-MS-Exchange-Organization-SCL (top-most): the spam confidence level the recipient's organization
   * acted on, -1 to 9; null when absent or unreadable. Absent in hand-built objects.
   */
  organizationScl?: { value: number; loc: Location } | null;
  /** X-Originating-IP (the submitting client's IP, brackets removed) with its location, or null. */
  originatingIp?: { value: string; loc: Location } | null;
  /** X-MS-Exchange-Organization-AuthAs value ("Internal" / "Anonymous" / …) with its location, or null. */
  authAs: { value: string; loc: Location } | null;
  /** Enhanced status codes 5.7.x / 4.7.x found in NDR text (body of an .eml or header text). */
  ndr: NdrStatus[];
  warnings: ParseWarning[];
}
