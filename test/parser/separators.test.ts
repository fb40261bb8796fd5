import { parseHeaders } from '../../src/parser';
import { Cursor } from '../../src/parser/cursor';
import { skipSeparatorRun } from '../../src/parser/separators';

describe('skipSeparatorRun', () => {
  it("passes over ';' and whitespace only, and stops before a comment or a word", () => {
    const c = new Cursor(' ;\t;\r\n ; (note) ;x');
    skipSeparatorRun(c);
    expect(c.pos).toBe(9);
    c.pos = 16;
    skipSeparatorRun(c);
    expect(c.text.slice(c.pos)).toBe('x');
  });
});

describe('runs of empty segments', () => {
  const run = ';  ;\t ;'.repeat(50);

  it('Received-SPF and Authentication-Results read the keys and results around them', () => {
    const parsed = parseHeaders(
      [
        `Received-SPF: Pass${run} client-ip=203.0.113.20;${run} helo=mail.example${run}`,
        `Authentication-Results: mx.example${run} spf=pass smtp.mailfrom=a.example${run} dkim=fail${run}`,
      ].join('\r\n'),
    );
    expect(parsed.receivedSpf[0].params).toEqual({ 'client-ip': '203.0.113.20', helo: 'mail.example' });
    expect(parsed.authResults[0].results.map((r) => `${r.method}=${r.result}`)).toEqual([
      'spf=pass',
      'dkim=fail',
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('the antispam report reads its entries and warns about a non-empty one without a key', () => {
    const parsed = parseHeaders(
      `X-Forefront-Antispam-Report: CIP:203.0.113.20${run}SFV:SPM;\v;${run} junk ${run}`,
    );
    expect(parsed.forefront?.fields).toEqual({ CIP: '203.0.113.20', SFV: 'SPM' });
    expect(parsed.warnings.map((w) => w.message)).toEqual(['Entry "junk" has no "KEY:": skipped']);
  });
});
