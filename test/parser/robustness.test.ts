import fc from 'fast-check';
import { parseHeaders } from '../../src/parser';
import type { ParsedMessage } from '../../src/parser/types';

const KEYS: (keyof ParsedMessage)[] = [
  'fields',
  'lines',
  'authResults',
  'arcAuthResults',
  'arcSeals',
  'arcMessageSignatures',
  'receivedSpf',
  'dkimSignatures',
  'from',
  'sender',
  'replyTo',
  'returnPath',
  'subject',
  'messageId',
  'date',
  'hops',
  'forefront',
  'microsoftAntispam',
  'authAs',
  'ndr',
  'warnings',
];

function expectWellFormed(parsed: ParsedMessage): void {
  for (const key of KEYS) expect(parsed).toHaveProperty(key);
  for (const w of parsed.warnings) {
    expect(typeof w.header).toBe('string');
    expect(Number.isInteger(w.line)).toBe(true);
    expect(w.message.length).toBeGreaterThan(0);
  }
}

/** Deterministic pseudo-random bytes (a linear congruential generator), as a binary string. */
function garbage(length: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x & 0xff);
  }
  return out;
}

describe('hostile input: never throws, says what it could not read', () => {
  it('empty input', () => {
    const parsed = parseHeaders('');
    expectWellFormed(parsed);
    expect(parsed.fields).toEqual([]);
    expect(parsed.warnings.map((w) => w.message)).toEqual([expect.stringContaining('No header fields')]);
  });

  it('a non-string at run time (called from plain JavaScript)', () => {
    const parsed = parseHeaders(undefined as unknown as string);
    expectWellFormed(parsed);
    expect(parsed.warnings.length).toBeGreaterThan(0);
  });

  it('binary garbage', () => {
    const parsed = parseHeaders(garbage(20000, 7));
    expectWellFormed(parsed);
    expect(parsed.warnings.length).toBeGreaterThan(0);
  });

  it('a 1 MB single-line Authentication-Results', () => {
    const parsed = parseHeaders(`Authentication-Results: ${'a'.repeat(1_000_000)}`);
    expectWellFormed(parsed);
    expect(parsed.authResults).toHaveLength(1);
    expect(parsed.authResults[0].results).toEqual([]);
    expect(parsed.warnings.some((w) => w.header === 'Authentication-Results')).toBe(true);
  });

  it("100k ';' in structured fields", () => {
    const semis = ';'.repeat(100_000);
    const parsed = parseHeaders(
      [
        `Authentication-Results: ${semis}`,
        `Received-SPF: pass ${semis}`,
        `DKIM-Signature: ${semis}`,
        `X-Forefront-Antispam-Report: ${semis}`,
        `Received: from a ${semis}`,
      ].join('\n'),
    );
    expectWellFormed(parsed);
    expect(parsed.authResults[0].results).toEqual([]);
    expect(parsed.warnings.map((w) => w.header)).toEqual(
      expect.arrayContaining(['Authentication-Results', 'DKIM-Signature', 'Received']),
    );
  });

  it("100k 'x=y;' results keep the warning list bounded", () => {
    const parsed = parseHeaders(`Authentication-Results: mx; ${'?=;'.repeat(100_000)}`);
    expectWellFormed(parsed);
    expect(parsed.warnings.length).toBeLessThanOrEqual(201);
    expect(parsed.warnings[parsed.warnings.length - 1].message).toMatch(/further parse warning/);
  });

  it("10k nested '(' (unterminated and balanced) in every structured field", () => {
    const open = '('.repeat(10_000);
    const balanced = `${open}x${')'.repeat(10_000)}`;
    for (const comment of [open, balanced]) {
      const parsed = parseHeaders(
        [
          `Authentication-Results: mx; dkim=pass ${comment} header.d=a.example`,
          `ARC-Authentication-Results: i=1; mx; spf=pass ${comment}`,
          `Received-SPF: pass ${comment} client-ip=192.0.2.1`,
          `Received: from a ${comment} by b; Mon, 23 Nov 2026 03:00:00 +0000`,
          `From: ${comment} <a@b.example>`,
          `Date: Mon, 23 Nov 2026 03:00:00 +0000 ${comment}`,
        ].join('\n'),
      );
      expectWellFormed(parsed);
      expect(parsed.authResults[0].results[0]).toMatchObject({ method: 'dkim', result: 'pass' });
      if (comment === open) {
        expect(parsed.warnings.some((w) => w.message.includes('Unterminated comment'))).toBe(true);
      } else {
        expect(parsed.authResults[0].results[0].props['header.d']).toBe('a.example');
      }
    }
  });

  it('20k results in one folded field: the first 100 are read, with their lines, and one warning', () => {
    const continuation = `Authentication-Results: mx;${'\n dkim=pass header.d=a.example;'.repeat(20_000)}`;
    const parsed = parseHeaders(continuation);
    expectWellFormed(parsed);
    expect(parsed.authResults[0].results).toHaveLength(100);
    expect(parsed.authResults[0].results[99].loc.line).toBe(101);
    expect(parsed.warnings).toEqual([
      {
        header: 'Authentication-Results',
        line: 102,
        message: expect.stringContaining('More than 100 results'),
      },
    ]);
  });

  it('20k Received fields (a loop): the newest 200 hops are read, and one warning', () => {
    const raw = Array.from(
      { length: 20_000 },
      (_, i) => `Received: from h${i + 1} by h${i}; Mon, 23 Nov 2026 03:00:00 +0000`,
    );
    const parsed = parseHeaders(raw.join('\n'));
    expectWellFormed(parsed);
    expect(parsed.hops).toHaveLength(200);
    expect(parsed.hops[199]).toMatchObject({ from: 'h1', loc: { line: 1 } });
    expect(parsed.hops[0]).toMatchObject({ from: 'h200', loc: { line: 200 } });
    expect(parsed.warnings).toEqual([
      { header: 'Received', line: 201, message: '20000 Received fields: only the newest 200 are read' },
    ]);
  });

  it('thousands of ARC sets and DKIM signatures: the newest 100 of each kind are read, one warning each', () => {
    const sets = Array.from(
      { length: 4000 },
      (_, i) =>
        `ARC-Seal: i=${(i % 50) + 1}; cv=pass; d=s${i % 7}.example; s=k\r\n` +
        `ARC-Message-Signature: i=${(i % 50) + 1}; d=s${i % 7}.example; s=k; h=from; bh=x; b=y\r\n` +
        `ARC-Authentication-Results: i=${(i % 50) + 1}; mx.example; spf=pass\r\n` +
        `DKIM-Signature: v=1; a=rsa-sha256; d=d${i}.example; s=s; h=from; bh=x; b=y\r\n`,
    );
    const parsed = parseHeaders(sets.join(''));
    expect(parsed.arcSeals).toHaveLength(100);
    expect(parsed.arcMessageSignatures).toHaveLength(100);
    expect(parsed.arcAuthResults).toHaveLength(100);
    expect(parsed.dkimSignatures).toHaveLength(100);
    expect(parsed.dkimSignatures[99].domain).toBe('d99.example');
    expect(parsed.warnings.map((w) => [w.header, w.line, w.message])).toEqual([
      [
        'ARC-Authentication-Results',
        403,
        '4000 ARC-Authentication-Results fields: only the newest 100 are read',
      ],
      ['ARC-Seal', 401, '4000 ARC-Seal fields: only the newest 100 are read'],
      ['ARC-Message-Signature', 402, '4000 ARC-Message-Signature fields: only the newest 100 are read'],
      ['DKIM-Signature', 404, '4000 DKIM-Signature fields: only the newest 100 are read'],
    ]);
  });

  it('keeps at most 1 KB of a comment and 4 KB of evidence text', () => {
    const parsed = parseHeaders(`Authentication-Results: mx; dkim=fail (${'x '.repeat(500_000)}`);
    const result = parsed.authResults[0].results[0];
    expect(result.comment?.length).toBeLessThanOrEqual(1024);
    expect(result.loc.text.length).toBeLessThanOrEqual(4096);
    expect(parsed.authResults[0].loc.text.length).toBeLessThanOrEqual(4096);
    expect(result.loc.text.startsWith('dkim=fail (x x x')).toBe(true);
  });

  it('stops after 100 NDR statuses', () => {
    const parsed = parseHeaders(`Subject: Undeliverable: x\n\n${'550 5.7.1 Access denied\n'.repeat(50_000)}`);
    expect(parsed.ndr).toHaveLength(100);
  });

  it('a long unterminated quoted string and lone backslashes', () => {
    const parsed = parseHeaders(`Authentication-Results: mx; dkim=pass reason="${'\\'.repeat(50_001)}`);
    expectWellFormed(parsed);
    expect(parsed.warnings.some((w) => w.message.includes('Unterminated quoted string'))).toBe(true);
  });

  it('arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        expectWellFormed(parseHeaders(raw));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated realistic blocks (property)', () => {
    const block = [
      'Received: from mail.fabrikam.com (mail.fabrikam.com [198.51.100.25]) by mx.contoso.com with ESMTPS id 1; Mon, 23 Nov 2026 03:00:01 +0000',
      'Authentication-Results: spf=pass (sender IP is 198.51.100.25) smtp.mailfrom=fabrikam.com; dkim=fail (body hash did not verify) header.d=fabrikam.com;dmarc=fail action=oreject header.from=fabrikam.com;compauth=fail reason=000',
      'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=fabrikam.com',
      'ARC-Seal: i=1; a=rsa-sha256; cv=none; d=fabrikam.com; s=arc; b=abc',
      'DKIM-Signature: v=1; a=rsa-sha256; d=fabrikam.com; s=s1; h=From; bh=x; b=y',
      'Received-SPF: Pass (protection.outlook.com: domain of fabrikam.com designates 198.51.100.25 as permitted sender) client-ip=198.51.100.25; pr=C',
      'From: "Doe, John" <john@fabrikam.com>',
      'Date: Mon, 23 Nov 2026 03:00:00 +0000',
      'X-Forefront-Antispam-Report: CIP:198.51.100.25;SCL:1;SFV:NSPM',
      '',
      "Remote Server returned '550 5.7.23'",
    ].join('\r\n');
    const specials = ['(', ')', '"', '\\', ';', '=', ':', '\r\n', '\n ', '\u0000', '@', '<', '>', '.', '/'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(block.length), fc.constantFrom(...specials), fc.nat(3)), { maxLength: 12 }),
        (edits) => {
          let text = block;
          for (const [at, insert, del] of edits) text = text.slice(0, at) + insert + text.slice(at + del);
          expectWellFormed(parseHeaders(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
