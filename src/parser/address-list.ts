/**
 * RFC 5322 §3.4 address lists (with the obsolete forms of §4.4), read in one forward scan: display names
 * of atoms, quoted strings and encoded words; comments anywhere, nested, also inside an addr-spec
 * (`<pete(his account)@silly.test(his host)>`); domain literals (`[IPv6:2001:db8::1]`, whose ':' is no
 * group); quoted local parts; groups (`Team: a@b.example, c@d.example;`); obsolete routes (`<@a,@b:u@d>`).
 * Nothing recurses and nothing backtracks: hostile input costs one pass.
 */

/** One mailbox as written: display name (quoted strings unquoted, comments dropped) and addr-spec. */
export interface ListedMailbox {
  /** Display name, encoded words still encoded; "" when none. */
  name: string;
  /** addr-spec without comments or whitespace (`"john doe"@example.com` keeps its quotes); "" when none. */
  address: string;
  /** The address came in angle brackets. */
  angle: boolean;
}

/**
 * Words with nothing between them (`"john doe"@example.com` is a quoted string and an atom): `written`
 * as they stand (the addr-spec, if this is one), `text` with quoted strings unquoted (a name part).
 */
interface Part {
  written: string;
  text: string;
  /** An '@' outside quoted strings: only then can the part be an addr-spec (`"a@b" <c@d>` is a name). */
  at: boolean;
}

/** A list entry being read: its parts (separated by whitespace or comments), comments, angle-addr. */
interface Entry {
  parts: Part[];
  comments: string[];
  angle: string | null;
}

function newEntry(): Entry {
  return { parts: [], comments: [], angle: null };
}

/** Characters that end an atom (RFC 5322 specials and whitespace; '.' and '@' stay inside). */
const ATOM_END_CHARS = ' \t\r\n()<>,;:"[]';
/** ATOM_END_CHARS by character code, so the scans test a code instead of looking a character up. */
const ATOM_END = new Uint8Array(128);
for (let k = 0; k < ATOM_END_CHARS.length; k++) ATOM_END[ATOM_END_CHARS.charCodeAt(k)] = 1;

function isAtomEnd(code: number): boolean {
  return code < 128 && ATOM_END[code] === 1;
}

/** Kept inside an angle-addr as it stands: no atom end, except the ':' and ',' of an obsolete route. */
function isPlainInAngle(code: number): boolean {
  return !isAtomEnd(code) || code === 58 /* : */ || code === 44; /* , */
}

/** Reads a comment at `i` ('('), nesting counted; returns its end and inner text. */
function readComment(s: string, i: number): { end: number; text: string } {
  let depth = 0;
  let j = i;
  for (; j < s.length; j++) {
    const c = s.charAt(j);
    if (c === '\\') j++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) break;
  }
  return { end: Math.min(j + 1, s.length), text: s.slice(i + 1, Math.min(j, s.length)).trim() };
}

/** Reads a quoted string at `i` ('"'); returns its end, the content unescaped and the text as written. */
function readQuoted(s: string, i: number): { end: number; content: string; written: string } {
  // Most quoted names escape nothing: their content is one slice.
  const close = s.indexOf('"', i + 1);
  if (close >= 0 && !s.slice(i + 1, close).includes('\\')) {
    return { end: close + 1, content: s.slice(i + 1, close), written: s.slice(i, close + 1) };
  }
  let content = '';
  let j = i + 1;
  for (; j < s.length && s.charAt(j) !== '"'; j++) {
    if (s.charAt(j) === '\\' && j + 1 < s.length) j++;
    content += s.charAt(j);
  }
  const end = Math.min(j + 1, s.length);
  return { end, content, written: s.slice(i, end) };
}

/** Reads a domain literal at `i` ('['); returns its end and its text with whitespace removed. */
function readLiteral(s: string, i: number): { end: number; text: string } {
  const close = s.indexOf(']', i);
  const end = close < 0 ? s.length : close + 1;
  return { end, text: s.slice(i, end).replace(/[ \t\r\n]/g, '') };
}

/**
 * The addr-spec inside angle brackets, from `i` (just after '<') to the matching '>': comments and
 * whitespace dropped, quoted strings and literals kept, an obsolete route (`@a,@b:`) removed.
 */
function readAngle(s: string, i: number): { end: number; address: string } {
  // Most angle-addrs are a bare addr-spec, kept as it stands: one slice instead of a copy per character.
  let plain = i;
  while (plain < s.length && s.charCodeAt(plain) !== 62 /* > */ && isPlainInAngle(s.charCodeAt(plain)))
    plain++;
  let out = s.slice(i, plain);
  let j = plain;
  while (j < s.length && s.charAt(j) !== '>') {
    const c = s.charAt(j);
    if (c === '(') {
      j = readComment(s, j).end;
    } else if (c === '"') {
      const q = readQuoted(s, j);
      out += q.written;
      j = q.end;
    } else if (c === '[') {
      const l = readLiteral(s, j);
      out += l.text;
      j = l.end;
    } else {
      if (isPlainInAngle(c.charCodeAt(0))) out += c;
      j++;
    }
  }
  const route = out.startsWith('@') ? out.lastIndexOf(':') : -1;
  return { end: Math.min(j + 1, s.length), address: route >= 0 ? out.slice(route + 1) : out };
}

function finishEntry(e: Entry): ListedMailbox | null {
  const phrase = (parts: Part[]): string => parts.map((p) => p.text).join(' ');
  if (e.angle !== null) {
    const name = e.parts.length > 0 ? phrase(e.parts) : e.comments.join(' ');
    return { name, address: e.angle, angle: true };
  }
  if (e.parts.length === 0) return null;
  // Without angle brackets the addr-spec is the part with an '@' (the last one); the other parts, else
  // the comments, are the name: `user@example.com (Sales)`, the obsolete `Sales user@example.com`. No
  // part with an '@' is a name without an address, or the start of a name whose comma was not quoted.
  let at = -1;
  for (let k = e.parts.length - 1; k >= 0 && at < 0; k--) if (e.parts[k].at) at = k;
  if (at < 0) return { name: phrase(e.parts), address: '', angle: false };
  const others = e.parts.filter((_, k) => k !== at);
  const name = others.length > 0 ? phrase(others) : e.comments.join(' ');
  return { name, address: e.parts[at].written, angle: false };
}

/** Every mailbox of an address list, group members in place, in order. */
export function readAddressList(s: string): ListedMailbox[] {
  const out: ListedMailbox[] = [];
  let entry = newEntry();
  // Whitespace or a comment since the last word: the next word starts a new part.
  let gap = true;
  const end = (): void => {
    const box = finishEntry(entry);
    if (box) out.push(box);
    entry = newEntry();
    gap = true;
  };
  const addWord = (text: string, written: string, quoted = false): void => {
    const at = !quoted && written.includes('@');
    const last = entry.parts[entry.parts.length - 1];
    if (gap || !last) {
      entry.parts.push({ written, text, at });
    } else {
      last.written += written;
      last.text += text;
      last.at ||= at;
    }
    gap = false;
  };

  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      gap = true;
      i++;
    } else if (c === '(') {
      const comment = readComment(s, i);
      if (comment.text.length > 0) entry.comments.push(comment.text);
      gap = true;
      i = comment.end;
    } else if (c === '"') {
      const q = readQuoted(s, i);
      addWord(q.content, q.written, true);
      i = q.end;
    } else if (c === '[') {
      const l = readLiteral(s, i);
      addWord(l.text, l.text);
      i = l.end;
    } else if (c === '<') {
      const a = readAngle(s, i + 1);
      // A second angle-addr after an empty one (`"Name"<>123<user@example.com>`, seen in spam): the address.
      if (entry.angle === null || entry.angle === '') entry.angle = a.address;
      gap = true;
      i = a.end;
    } else if (c === ',' || c === ';') {
      end();
      i++;
    } else if (c === ':') {
      // A group's display name ends here: its members follow as entries of their own.
      entry = newEntry();
      gap = true;
      i++;
    } else if (c === ')' || c === '>' || c === ']') {
      i++; // stray closing character: skipped
    } else {
      let j = i;
      while (j < s.length && !isAtomEnd(s.charCodeAt(j))) j++;
      const atom = s.slice(i, j);
      addWord(atom, atom);
      i = j;
    }
  }
  end();
  return out;
}
