import { endLineOf, lineOf, splitHeaderBlock, splitLines } from '../../src/parser/fields';
import { parseHeaders } from '../../src/parser';
import { WarningSink } from '../../src/parser/warnings';

function split(raw: string) {
  const warnings = new WarningSink();
  const block = splitHeaderBlock(raw, warnings);
  return { ...block, warnings: warnings.finish() };
}

describe('splitLines', () => {
  it('splits CRLF, LF and lone CR alike', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('does not open an extra line after a trailing break', () => {
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
  });
  it('reads CR CR LF (a CRLF text converted twice) as one line break', () => {
    expect(splitLines('a\r\r\nb\r\r\n\r\r\nc')).toEqual(['a', 'b', '', 'c']);
  });
  it('keeps blank lines', () => {
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
  it('returns one empty line for empty input', () => {
    expect(splitLines('')).toEqual(['']);
  });
});

describe('splitHeaderBlock', () => {
  it('unfolds continuation lines and records first/last line and fold offsets (CRLF)', () => {
    const raw =
      'Subject: hello\r\n' +
      'Authentication-Results: spf=pass (sender IP is 192.0.2.1)\r\n' +
      ' smtp.mailfrom=contoso.com; dkim=pass\r\n' +
      '\theader.d=contoso.com\r\n' +
      'To: a@b.example\r\n';
    const { fields, warnings, bodyStart } = split(raw);
    expect(warnings).toEqual([]);
    expect(bodyStart).toBeNull();
    expect(fields.map((f, i) => [f.name, f.line, endLineOf(f), i])).toEqual([
      ['Subject', 1, 1, 0],
      ['Authentication-Results', 2, 4, 1],
      ['To', 5, 5, 2],
    ]);
    const ar = fields[1];
    expect(ar.key).toBe('authentication-results');
    expect(ar.value).toBe(
      'spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=contoso.com; dkim=pass\theader.d=contoso.com',
    );
    expect(ar.foldOffsets).toEqual([33, 70]);
    expect(lineOf(ar, 0)).toBe(2);
    expect(lineOf(ar, ar.value.indexOf('smtp.mailfrom'))).toBe(3);
    expect(lineOf(ar, ar.value.indexOf('dkim'))).toBe(3);
    expect(lineOf(ar, ar.value.indexOf('header.d'))).toBe(4);
  });

  it('handles LF-only and lone-CR blocks with the same line numbers', () => {
    const lf = 'From: a@b.example\nSubject: one\n two\nTo: c@d.example';
    const cr = lf.replace(/\n/g, '\r');
    for (const raw of [lf, cr]) {
      const { fields } = split(raw);
      expect(fields.map((f) => [f.name, f.value, f.line, endLineOf(f)])).toEqual([
        ['From', 'a@b.example', 1, 1],
        ['Subject', 'one two', 2, 3],
        ['To', 'c@d.example', 4, 4],
      ]);
    }
  });

  it('skips a leading mbox "From " line and leading blank lines, but counts them', () => {
    const raw = '\n  \nFrom MAILER-DAEMON Mon Nov 23 03:00:00 2026\nFrom: a@b.example\nTo: c@d.example\n';
    const { fields, warnings } = split(raw);
    expect(warnings).toEqual([]);
    expect(fields.map((f) => [f.name, f.line])).toEqual([
      ['From', 4],
      ['To', 5],
    ]);
  });

  it('ignores a leading byte-order mark', () => {
    const { fields, warnings } = split('\ufeffFrom: a@b.example\r\nTo: c@d.example\r\n');
    expect(warnings).toEqual([]);
    expect(fields.map((f) => f.name)).toEqual(['From', 'To']);
  });

  it('keeps Outlook tab-folded continuation lines', () => {
    const raw =
      'Received: from a.example (a.example [192.0.2.1]) by\r\n\tb.example with SMTP; Mon, 23 Nov 2026 03:00:00 +0000\r\n';
    const { fields } = split(raw);
    expect(fields[0].value).toBe(
      'from a.example (a.example [192.0.2.1]) by\tb.example with SMTP; Mon, 23 Nov 2026 03:00:00 +0000',
    );
    expect(endLineOf(fields[0])).toBe(2);
  });

  it('keeps repeated fields in order, top-most first', () => {
    const { fields } = split('Received: one\nReceived: two\nReceived: three\n');
    expect(fields.map((f) => f.value)).toEqual(['one', 'two', 'three']);
  });

  it('ends the header section at the first blank line and reports where the body starts', () => {
    const { fields, bodyStart, lines } = split(
      'From: a@b.example\r\nSubject: x\r\n\r\nHello\r\nNot-A-Header: y\r\n',
    );
    expect(fields.map((f) => f.name)).toEqual(['From', 'Subject']);
    expect(bodyStart).toBe(3);
    expect(lines[bodyStart as number]).toBe('Hello');
    expect(lines).toHaveLength(5);
  });

  it('accepts obsolete whitespace before the colon and an empty first line', () => {
    const { fields } = split('Subject : hi\nAuthentication-Results:\n   compauth=fail reason=001\n');
    expect(fields[0]).toMatchObject({ name: 'Subject', value: 'hi' });
    expect(fields[1]).toMatchObject({ value: 'compauth=fail reason=001', line: 2 });
    expect(endLineOf(fields[1])).toBe(3);
    expect(lineOf(fields[1], 0)).toBe(3);
  });

  it('reads a block indented as a whole (pasted from a document)', () => {
    const raw =
      '  Authentication-Results: spf=none (sender IP is 10.2.3.4)\n    smtp.mailfrom=fabrikam.com\n  From: chris@fabrikam.com\n';
    const { fields, warnings } = split(raw);
    expect(warnings).toEqual([]);
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['Authentication-Results', 'spf=none (sender IP is 10.2.3.4)  smtp.mailfrom=fabrikam.com'],
      ['From', 'chris@fabrikam.com'],
    ]);
  });

  it('reads continuation lines that lost their indentation, with a warning', () => {
    const raw =
      'Authentication-Results: spf=pass (sender IP is 40.107.0.1)\nsmtp.mailfrom=captaindns.com; dkim=pass\nFrom: a@captaindns.com\n';
    const { fields, warnings } = split(raw);
    expect(fields[0].value).toBe(
      'spf=pass (sender IP is 40.107.0.1) smtp.mailfrom=captaindns.com; dkim=pass',
    );
    expect(fields[1].name).toBe('From');
    expect(warnings).toEqual([
      { header: 'Authentication-Results', line: 2, message: expect.stringContaining('not indented') },
    ]);
  });

  it('keeps an unindented KEY:value; line with the antispam report above it', () => {
    const raw =
      'X-Forefront-Antispam-Report: CIP:203.0.113.20; CTRY:US;\nCAT:SPOOF; SFV:SPM; SCL:5; SFTY:9.19\nTo: x@y.example\n';
    const { fields } = split(raw);
    expect(fields.map((f) => f.name)).toEqual(['X-Forefront-Antispam-Report', 'To']);
    expect(fields[0].value).toBe('CIP:203.0.113.20; CTRY:US; CAT:SPOOF; SFV:SPM; SCL:5; SFTY:9.19');
  });

  it('reads a block pasted with blank lines between its fields, with one warning', () => {
    const raw =
      'Received: from a.example by b.example; Mon, 23 Nov 2026 03:00:00 +0000\n\nAuthentication-Results: spf=pass\n smtp.mailfrom=a.example\n\n\nFrom: x@a.example\n\nMIME-Version: 1.0\n';
    const { fields, warnings, bodyStart } = split(raw);
    expect(fields.map((f) => [f.name, f.line, endLineOf(f)])).toEqual([
      ['Received', 1, 1],
      ['Authentication-Results', 3, 4],
      ['From', 7, 7],
      ['MIME-Version', 9, 9],
    ]);
    expect(bodyStart).toBeNull();
    expect(warnings).toEqual([
      { header: '', line: 2, message: expect.stringContaining('Blank line between header fields') },
    ]);
  });

  it('reads a block pasted with a blank line after every physical line, continuations included', () => {
    const raw = [
      'Authentication-Results: spf=fail (sender IP is 192.0.2.9)',
      '',
      ' smtp.mailfrom=contoso.com; dkim=none',
      '',
      ' header.d=none',
      '',
      'From: a@contoso.com',
      '',
    ].join('\r\n');
    const { fields, warnings, bodyStart } = split(raw);
    expect(fields.map((f) => [f.name, f.line, endLineOf(f), f.value])).toEqual([
      [
        'Authentication-Results',
        1,
        5,
        'spf=fail (sender IP is 192.0.2.9) smtp.mailfrom=contoso.com; dkim=none header.d=none',
      ],
      ['From', 7, 7, 'a@contoso.com'],
    ]);
    expect(bodyStart).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(lineOf(fields[0], fields[0].value.indexOf('header.d'))).toBe(5);
  });

  it('still ends the headers of a MIME message at the blank line, even if the body starts like a field', () => {
    const raw =
      'From: a@b.example\nMIME-Version: 1.0\nContent-Type: text/plain\n\nFrom: quoted in the body\n';
    const { fields, bodyStart } = split(raw);
    expect(fields.map((f) => f.name)).toEqual(['From', 'MIME-Version', 'Content-Type']);
    expect(bodyStart).toBe(4);
  });

  it('never reads an upper-cased ordinary field after an antispam report as an antispam key', () => {
    const { fields } = split(
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:5;\nSUBJECT: Lunch; Friday\nRECEIVED: from a.example\n by b.example; Mon, 23 Nov 2026 14:05:10 +0000\n',
    );
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['X-Forefront-Antispam-Report', 'CIP:192.0.2.1;SCL:5;'],
      ['SUBJECT', 'Lunch; Friday'],
      ['RECEIVED', 'from a.example by b.example; Mon, 23 Nov 2026 14:05:10 +0000'],
    ]);
  });

  it('decides on the whole logical line, so folding does not change the fields', () => {
    const folded =
      'X-Microsoft-Antispam: BCL:0;\nXYZZY: from a.example\n by b.example; Mon, 23 Nov 2026 10:55:33 +0000\n';
    const unfolded =
      'X-Microsoft-Antispam: BCL:0;\nXYZZY: from a.example by b.example; Mon, 23 Nov 2026 10:55:33 +0000\n';
    for (const raw of [folded, unfolded]) {
      expect(split(raw).fields.map((f) => f.name)).toEqual(['X-Microsoft-Antispam', 'XYZZY']);
    }
    for (const raw of [
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;\nBCL :0;ARA:1\n',
      'X-Forefront-Antispam-Report:\nBCL:\n0;ARA:1;\n',
      'X-Forefront-Antispam-Report:\nBCL: 0;ARA:1;\n',
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;\nBCL:0;ARA:1\n',
    ]) {
      expect(split(raw).fields.map((f) => f.name)).toEqual(['X-Forefront-Antispam-Report']);
    }
    const keysFolded = 'X-Microsoft-Antispam: BCL:0;\nPCL:1;\n ARA:2;\n';
    const keysUnfolded = 'X-Microsoft-Antispam: BCL:0;\nPCL:1; ARA:2;\n';
    for (const raw of [keysFolded, keysUnfolded]) {
      expect(split(raw).fields.map((f) => f.name)).toEqual(['X-Microsoft-Antispam']);
    }
  });

  it('warns about and skips text before the first field', () => {
    const { fields, warnings } = split(' orphan continuation\nnot a field line\nFrom: a@b.example\n');
    expect(fields.map((f) => f.name)).toEqual(['From']);
    expect(warnings.map((w) => w.line)).toEqual([1, 2]);
  });
});

describe('splitHeaderBlock: field names', () => {
  it('keeps each name as written, names that differ only in case included, with one key', () => {
    const { fields } = split('Received: a\nRECEIVED: b\nreceived: c\nReceived: d\n');
    expect(fields.map((f) => [f.name, f.key])).toEqual([
      ['Received', 'received'],
      ['RECEIVED', 'received'],
      ['received', 'received'],
      ['Received', 'received'],
    ]);
  });

  it('reads every name right when there are more names than the name table has slots', () => {
    // 6,000 distinct names, each twice, for a table of 4,096 slots: some must share one, and most names
    // are past the bound of the Map behind it.
    const names = Array.from({ length: 6000 }, (_, i) => `X-Name-${i}`);
    const raw = [...names, ...names].map((name, i) => `${name}: v${i}`).join('\r\n');
    const { fields } = split(raw);
    expect(fields).toHaveLength(12000);
    fields.forEach((f, i) => {
      expect(f.name).toBe(names[i % 6000]);
      expect(f.key).toBe(names[i % 6000].toLowerCase());
      expect(f.value).toBe(`v${i}`);
    });
  });

  it('reads the line after a blank run by its own indentation, not the one the lookahead skipped', () => {
    // A block indented by two: the line after the blank run is indented by four, so it continues the
    // field above; then one at the block's own indentation is a field again.
    const raw = '  Received: from a.example\n\n    by b.example\n\n  Received: from c.example\n';
    const { fields } = split(raw);
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['Received', 'from a.example  by b.example'],
      ['Received', 'from c.example'],
    ]);
  });
});

describe('splitHeaderBlock: values sliced from the raw text', () => {
  it('unfolds a field folded over many lines with mixed breaks into the same value and offsets', () => {
    const raw = 'A: one\r\n two\n\tthree\r four\r\r\n five\r\nB: x';
    const [a, b] = split(raw).fields;
    expect(a).toMatchObject({ value: 'one two\tthree four five', line: 1 });
    expect(endLineOf(a)).toBe(5);
    expect(a.foldOffsets).toEqual([3, 7, 13, 18]);
    // Consecutive fold lines are not listed: lineOf counts them.
    expect(a.foldLines).toBeUndefined();
    expect(a.foldOffsets.map((o) => lineOf(a, o))).toEqual([2, 3, 4, 5]);
    expect(b).toMatchObject({ name: 'B', value: 'x', line: 6 });
  });

  it('unfolds indented continuations and lines that lost their indentation, in any order', () => {
    const raw = 'A: one\r\n two\r\nthree\r\nfour\r\n five\r\n\tsix\r\nB: x';
    const { fields, warnings } = split(raw);
    expect(fields[0]).toMatchObject({ value: 'one two three four five\tsix', line: 1 });
    expect(endLineOf(fields[0])).toBe(6);
    expect(fields[0].foldOffsets).toEqual([3, 7, 13, 18, 23]);
    expect(fields[0].foldOffsets.map((o) => lineOf(fields[0], o))).toEqual([2, 3, 4, 5, 6]);
    expect(warnings.map((w) => [w.header, w.line])).toEqual([['A', 3]]);
  });

  it('strips the indentation of a block indented as a whole from every line of a folded value', () => {
    const raw = '  A: one\n   two\n  three\n    four\n  B: x\n';
    const [a, b] = split(raw).fields;
    expect(a).toMatchObject({ value: 'one two three  four' });
    expect(endLineOf(a)).toBe(4);
    expect(a.foldOffsets).toEqual([3, 7, 13]);
    expect(b).toMatchObject({ name: 'B', value: 'x' });
  });

  it('keeps a field open over blank lines of a block pasted with blank lines, without their text', () => {
    const raw = 'Received: from a\n\n by b\n\nAuthentication-Results: spf=pass\n';
    const { fields } = split(raw);
    expect(fields.map((f) => [f.name, f.value, endLineOf(f)])).toEqual([
      ['Received', 'from a by b', 3],
      ['Authentication-Results', 'spf=pass', 5],
    ]);
    expect(fields[0].foldLines).toEqual([3]);
    expect(lineOf(fields[0], fields[0].value.indexOf('by'))).toBe(3);
  });

  it('trims trailing whitespace of any kind, ASCII or Unicode, from a value', () => {
    const raw = 'A: one \t\nB: two\u00a0\u3000\nC: three\u2028\nD: four\ufeff\nE: \u00e9\nF:\u00a0\n';
    expect(split(raw).fields.map((f) => f.value)).toEqual(['one', 'two', 'three', 'four', '\u00e9', '']);
  });

  it('reads a small folded field right after one folded over 40,000 lines (the scratch is shared)', () => {
    const huge = split(`X-Long: a${'\n b'.repeat(40_000)}\n`).fields[0];
    expect(huge.foldOffsets).toHaveLength(40_000);
    expect(lineOf(huge, huge.value.length - 1)).toBe(40_001);
    const [a] = split('A: one\n two\n three\n').fields;
    expect(a.foldOffsets).toEqual([3, 7]);
    expect(a.foldOffsets.map((o) => lineOf(a, o))).toEqual([2, 3]);
  });

  it('gives unfolded fields one shared, frozen empty list of fold offsets', () => {
    const [a, b, c] = split('A: one\nB: two\nC: three\n four\n').fields;
    expect(a.foldOffsets).toEqual([]);
    expect(a.foldOffsets).toBe(b.foldOffsets);
    expect(Object.isFrozen(a.foldOffsets)).toBe(true);
    expect(c.foldOffsets).toEqual([5]);
    expect(Object.isFrozen(c.foldOffsets)).toBe(false);
  });
});

describe('parseHeaders: block level', () => {
  it('records every physical line for the raw view', () => {
    const parsed = parseHeaders('From: a@b.example\r\nSubject: x\r\n\r\nbody line\r\n');
    expect(parsed.lines).toEqual(['From: a@b.example', 'Subject: x', '', 'body line']);
  });

  it('splits the lines when first read, the same lines every time, and serialises them', () => {
    const raw = 'A: one\r\n two\n\tthree\r four\r\r\n\r\nbody\n';
    const parsed = parseHeaders(raw);
    expect(parsed.lines).toEqual(splitLines(raw));
    expect(parsed.lines).toBe(parsed.lines);
    const copy = JSON.parse(JSON.stringify(parsed)) as { lines: string[] };
    expect(copy.lines).toEqual(['A: one', ' two', '\tthree', ' four', '', 'body']);
    expect({ ...parsed }.lines).toEqual(copy.lines);
  });

  it('warns when the block has no header field', () => {
    const parsed = parseHeaders('just some text\nwithout fields');
    expect(parsed.fields).toEqual([]);
    expect(parsed.warnings.some((w) => w.message.includes('No header fields'))).toBe(true);
  });
});
