import { Cursor, wordStops } from '../../src/parser/cursor';
import { lineOf, splitHeaderBlock, unfoldedLength, valueIncludes } from '../../src/parser/fields';
import { parseHeaders } from '../../src/parser';
import { WarningSink } from '../../src/parser/warnings';

/** Cuts `text` into lines of `width` characters; folded: joined by CRLF + space, unfolded: by a space. */
function fold(text: string, width: number): { folded: string; unfolded: string; lines: string[] } {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return { folded: lines.join('\r\n '), unfolded: lines.join(' '), lines };
}

/** A resinfo run with comments, quoted strings and escapes, long enough to be kept with its breaks. */
function longResults(): string {
  let text = 'mx.example.net;';
  for (let i = 0; text.length < 70_000; i++) {
    text +=
      ` dkim=pass (a "quoted \\(x${i % 7}" comment) header.d=d${i % 13}.example header.b="q\\"x${i}";` +
      ` spf=fail (sender IP is 192.0.2.${i % 250}) smtp.mailfrom=a\\@b${i % 5}.example;`;
  }
  return text;
}

describe('splitHeaderBlock: a very long folded Authentication-Results or Subject keeps its line breaks', () => {
  const { folded, lines } = fold(longResults(), 70);
  const raw =
    // The last line of Comments and Subject holds spaces only (trimmed, with the break before it).
    `Authentication-Results: ${folded}\r\nComments: ${folded}\r\n \u00a0\r\nSubject: ${folded}\r\n \u00a0\r\n` +
    'Authentication-Results: a;\r\n spf=pass\r\n';
  const [ar, comments, subject, short] = splitHeaderBlock(raw, new WarningSink()).fields;

  it('is the raw text itself, while a Comments field as long and a short field are unfolded', () => {
    expect(ar.value).toBe(folded);
    expect(subject.value).toBe(folded);
    expect(comments.value).toBe(lines.join(' '));
    expect(unfoldedLength(subject)).toBe(comments.value.length);
    expect(unfoldedLength(comments)).toBe(comments.value.length);
    expect(short.value).toBe('a; spf=pass');
  });

  it('holds, for valueIncludes, a text that crosses one of its line breaks', () => {
    const across = `${lines[0].slice(-4)} ${lines[1].slice(0, 4)}`;
    expect(ar.value.includes(across)).toBe(false);
    expect(valueIncludes(ar, across)).toBe(true);
    expect(valueIncludes(ar, `${lines[0].slice(-4)}  ${lines[1].slice(0, 4)}`)).toBe(false);
    expect(valueIncludes(short, 'a; spf')).toBe(true);
  });

  it('has fold offsets that point at the start of each physical line in the value', () => {
    expect(ar.foldOffsets).toHaveLength(lines.length - 1);
    ar.foldOffsets.forEach((offset, k) => {
      expect(ar.value.slice(offset - 2, offset + 1)).toBe('\r\n ');
      expect(lineOf(ar, offset)).toBe(k + 2);
      expect(lineOf(ar, offset - 1)).toBe(k + 1);
    });
  });
});

describe('parseHeaders: a kept Authentication-Results reads as its unfolded value does', () => {
  const { folded, lines } = fold(longResults(), 70);
  // Folds right after a backslash and inside quoted strings and comments.
  expect(lines.some((line) => line.endsWith('\\'))).toBe(true);
  // The same physical lines, but the last one lost its indentation: that field is unfolded.
  const keptRead = parseHeaders(`Authentication-Results: ${folded}\r\n arc=none\r\n`);
  const unfoldedRead = parseHeaders(`Authentication-Results: ${folded}\r\narc=none\r\n`);
  const [kept] = keptRead.fields;
  const [unfolded] = unfoldedRead.fields;

  it('is kept in one case and unfolded in the other', () => {
    expect(kept.value.includes('\r\n')).toBe(true);
    expect(unfolded.value.includes('\r\n')).toBe(false);
  });

  it('gives the same results, comments, properties, evidence and lines', () => {
    expect(keptRead.authResults[0].results.length).toBeGreaterThan(10);
    expect(keptRead.authResults).toEqual(unfoldedRead.authResults);
  });

  it('gives the same warnings, on the same lines', () => {
    const notIndented = (w: { message: string }) => !w.message.includes('not indented');
    expect(keptRead.warnings).toEqual(unfoldedRead.warnings.filter(notIndented));
  });
});

describe('parseHeaders: a kept Subject and From read as their unfolded values do', () => {
  let words = '';
  for (let i = 0; words.length < 70_000; i++) {
    words += i % 3 ? `=?utf-8?B?w6nDqMOq?= "q\\"${i}" ` : `Caf=?utf-8?Q?=C3=A9?= ${i}, `;
  }
  const { folded } = fold(words, 70);
  const block = (lost: string) =>
    `Subject: ${folded}\r\n${lost}end\r\nFrom: ${folded}\r\n${lost}<a@b.example>\r\nTo: ${folded}\r\n${lost}x\r\n`;
  // The same physical lines, but the last line of each field lost its indentation: those are unfolded.
  const keptRead = parseHeaders(block(' '));
  const unfoldedRead = parseHeaders(block(''));

  it('are kept in one case and unfolded in the other', () => {
    expect(keptRead.fields.every((f) => f.value.includes('\r\n'))).toBe(true);
    expect(unfoldedRead.fields.some((f) => f.value.includes('\r\n'))).toBe(false);
  });

  it('give the same subject, mailboxes and warnings', () => {
    expect(keptRead.subject).toBe(unfoldedRead.subject);
    expect(keptRead.from).toEqual(unfoldedRead.from);
    expect(keptRead.to).toEqual(unfoldedRead.to);
    const notIndented = (w: { message: string }) => !w.message.includes('not indented');
    expect(keptRead.warnings).toEqual(unfoldedRead.warnings.filter(notIndented));
    expect(keptRead.warnings.some((w) => w.message.includes('characters long'))).toBe(true);
  });
});

describe('Cursor: a backslash before a kept line break escapes the character after the break', () => {
  const stops = wordStops(';');
  it('in a quoted string, which loses its line breaks', () => {
    const c = new Cursor('"a\\\r\n b\r\n c"');
    expect(c.readQuoted()).toBe('a b c');
    expect(c.done).toBe(true);
  });
  it('in a word, which the escaped space continues', () => {
    const c = new Cursor('a\\\r\n b;');
    expect(c.readWord(stops)).toBe('a b');
    const s = new Cursor('a\\\r\n b;');
    expect(s.skipWord(stops)).toBe(true);
    expect(s.pos).toBe(c.pos);
  });
  it('in a comment, where an escaped ")" does not close it', () => {
    const c = new Cursor('(a\\\r\n) b) x');
    c.skipCfws();
    expect(c.peek()).toBe('x');
  });
});
