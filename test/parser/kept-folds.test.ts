import { Cursor, wordStops } from '../../src/parser/cursor';
import { lineOf, splitHeaderBlock } from '../../src/parser/fields';
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

describe('splitHeaderBlock: a very long folded Authentication-Results keeps its line breaks', () => {
  const { folded, lines } = fold(longResults(), 70);
  const raw = `Authentication-Results: ${folded}\r\nSubject: ${folded}\r\nAuthentication-Results: a;\r\n spf=pass\r\n`;
  const [ar, subject, short] = splitHeaderBlock(raw, new WarningSink()).fields;

  it('is the raw text itself, while a Subject as long and a short field are unfolded', () => {
    expect(ar.value).toBe(folded);
    expect(subject.value).toBe(lines.join(' '));
    expect(short.value).toBe('a; spf=pass');
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
