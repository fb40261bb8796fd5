import { parseHeaders } from '../../src/parser';

/**
 * Authentication-Results cases from other parsers' test suites, restated as this parser's own
 * expectations (their code is not used):
 * - go-msgauth authres (https://github.com/emersion/go-msgauth, authres/msgauth_test.go, parse_test.go);
 * - Mail-AuthenticationResults (https://github.com/marcbradshaw/Mail-AuthenticationResults, t/02-parser.t,
 *   t/04-yandex.t).
 * RFC 8601 Appendix B is in ./auth-results.test.ts.
 */

function read(value: string) {
  const parsed = parseHeaders(`Authentication-Results: ${value}`);
  const ar = parsed.authResults[0];
  return {
    id: ar.authservId,
    none: ar.none,
    results: ar.results.map((r) => ({ method: r.method, result: r.result, props: { ...r.props } })),
    raw: ar.results.map((r) => r.rawResult),
    warnings: parsed.warnings,
  };
}

describe('go-msgauth authres cases', () => {
  it('"example.com 1; none": an authserv-id with a version and no results', () => {
    const r = read('example.com 1; none');
    expect(r).toMatchObject({ id: 'example.com', none: true, results: [], warnings: [] });
  });

  it('a folded value with a tab after the fold', () => {
    const r = read('example.com; \r\n \t spf=pass smtp.mailfrom=example.net');
    expect(r.results).toEqual([{ method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'example.net' } }]);
  });

  it('auth with a comment and a trailing ";"', () => {
    const r = read('example.com; auth=pass (cram-md5) smtp.auth=sender@example.com;');
    expect(r.results).toEqual([
      { method: 'auth', result: 'pass', props: { 'smtp.auth': 'sender@example.com' } },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('sender-id with the deprecated hardfail, read as fail (the word kept)', () => {
    const r = read(
      'example.com; sender-id=hardfail header.from=example.com; dkim=pass header.i=sender@example.com',
    );
    expect(r.results.map((x) => `${x.method}=${x.result}`)).toEqual(['sender-id=fail', 'dkim=pass']);
    expect(r.raw).toEqual(['hardfail', undefined]);
    expect(r.results[1].props).toEqual({ 'header.i': 'sender@example.com' });
  });

  it('spf=hardfail after auth=pass', () => {
    const r = read(
      'example.com; auth=pass smtp.auth=sender@example.com; spf=hardfail smtp.mailfrom=example.com',
    );
    expect(r.results.map((x) => `${x.method}=${x.result}`)).toEqual(['auth=pass', 'spf=fail']);
  });

  it('two DKIM results with header.i domains', () => {
    const r = read(
      'example.com; dkim=pass header.i=@mail-router.example.net; dkim=fail header.i=@newyork.example.com',
    );
    expect(r.results).toEqual([
      { method: 'dkim', result: 'pass', props: { 'header.i': '@mail-router.example.net' } },
      { method: 'dkim', result: 'fail', props: { 'header.i': '@newyork.example.com' } },
    ]);
  });
});

describe('Mail-AuthenticationResults cases', () => {
  it('reads a list of results with comments, empty values and x- methods', () => {
    const r = read(
      [
        'mx.example.com;',
        ' iprev=fail policy.iprev=123.123.123.123 (NOT FOUND);',
        ' x-ptr=fail x-ptr-helo=bad.name.google.com x-ptr-lookup=;',
        ' spf=fail smtp.mailfrom=test@goestheweasel.com smtp.helo=bad.name.google.com;',
        ' dkim=none (no signatures found);',
        ' dmarc=fail (p=none,d=none) header.from=marcbradshaw.net',
      ].join('\r\n'),
    );
    expect(r.results.map((x) => `${x.method}=${x.result}`)).toEqual([
      'iprev=fail',
      'x-ptr=fail',
      'spf=fail',
      'dkim=none',
      'dmarc=fail',
    ]);
    expect(r.results[0].props).toEqual({ 'policy.iprev': '123.123.123.123' });
    expect(r.results[1].props).toEqual({ 'x-ptr-helo': 'bad.name.google.com', 'x-ptr-lookup': '' });
    expect(r.warnings).toEqual([]);
  });

  it('reads the policy from "(p=none,d=none)"', () => {
    const dmarc = parseHeaders(
      'Authentication-Results: mx.example.com; dmarc=fail (p=reject,d=reject) header.from=example.com',
    ).authResults[0].results[0];
    expect(dmarc.dmarc?.policy).toBe('reject');
  });

  it('Yandex: a comment holding "rule=[ip4:…]" and the stated address', () => {
    const parsed = parseHeaders(
      'Authentication-Results: mxfront8g.mail.yandex.net; spf=pass (mxfront8g.mail.yandex.net: domain of fastmail.com designates 66.111.4.222 as permitted sender, rule=[ip4:66.111.4.0/24]) smtp.mail=deliverability@fastmail.com; dkim=pass header.i=@fastmail.com',
    );
    const [spf, dkim] = parsed.authResults[0].results;
    expect(parsed.authResults[0].authservId).toBe('mxfront8g.mail.yandex.net');
    expect(spf).toMatchObject({
      method: 'spf',
      result: 'pass',
      props: { 'smtp.mail': 'deliverability@fastmail.com' },
    });
    expect(spf.spf?.ip).toBe('66.111.4.222');
    expect(dkim).toMatchObject({ method: 'dkim', result: 'pass', props: { 'header.i': '@fastmail.com' } });
  });
});
