import { parseHeaders } from '../../src/parser';

/** Parses one header block and returns the first Authentication-Results plus the block's warnings. */
function ar(block: string) {
  const parsed = parseHeaders(block);
  return { ...parsed.authResults[0], warnings: parsed.warnings, all: parsed.authResults };
}

/** method → result, for compact assertions. */
function verdicts(results: { method: string; result: string }[]): string[] {
  return results.map((r) => `${r.method}=${r.result}`);
}

describe('Exchange Online form (no authserv-id)', () => {
  const block = [
    'Authentication-Results: spf=fail (sender IP is 192.168.50.50)',
    ' smtp.mailfrom=contoso.com; dkim=pass (signature was verified)',
    ' header.d=contoso.com; dmarc=fail action=quarantine',
    ' header.from=contoso.com; compauth=fail reason=000',
  ].join('\r\n');

  it('has no authserv-id and reads every result with its properties', () => {
    const r = ar(block);
    expect(r.authservId).toBeNull();
    expect(r.version).toBeNull();
    expect(r.none).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(r.results).toEqual([
      {
        method: 'spf',
        result: 'fail',
        reason: null,
        comment: 'sender IP is 192.168.50.50',
        props: { 'smtp.mailfrom': 'contoso.com' },
        spf: { ip: '192.168.50.50', ipStated: true, nullSender: false },
        loc: {
          header: 'Authentication-Results',
          line: 1,
          text: 'spf=fail (sender IP is 192.168.50.50) smtp.mailfrom=contoso.com',
        },
      },
      {
        method: 'dkim',
        result: 'pass',
        reason: null,
        comment: 'signature was verified',
        props: { 'header.d': 'contoso.com' },
        loc: {
          header: 'Authentication-Results',
          line: 2,
          text: 'dkim=pass (signature was verified) header.d=contoso.com',
        },
      },
      {
        method: 'dmarc',
        result: 'fail',
        reason: null,
        comment: null,
        props: { action: 'quarantine', 'header.from': 'contoso.com' },
        dmarc: { policy: null, disposition: 'quarantine', aspf: null, adkim: null },
        loc: {
          header: 'Authentication-Results',
          line: 3,
          text: 'dmarc=fail action=quarantine header.from=contoso.com',
        },
      },
      {
        method: 'compauth',
        result: 'fail',
        reason: '000',
        comment: null,
        props: {},
        loc: { header: 'Authentication-Results', line: 4, text: 'compauth=fail reason=000' },
      },
    ]);
  });

  it('keeps the whole field as evidence on the header-level location', () => {
    expect(ar(block).loc).toEqual({
      header: 'Authentication-Results',
      line: 1,
      text:
        'spf=fail (sender IP is 192.168.50.50) smtp.mailfrom=contoso.com; dkim=pass (signature was verified) ' +
        'header.d=contoso.com; dmarc=fail action=quarantine header.from=contoso.com; compauth=fail reason=000',
    });
  });

  it('skips stray domain tokens between results without a warning', () => {
    const r = ar(
      'Authentication-Results: spf=none (sender IP is 10.2.3.4)\n smtp.mailfrom=fabrikam.com; contoso.com; dkim=none\n (message not signed) header.d=none; contoso.com; dmarc=none\n action=none header.from=fabrikam.com; compauth=fail reason=001',
    );
    expect(verdicts(r.results)).toEqual(['spf=none', 'dkim=none', 'dmarc=none', 'compauth=fail']);
    expect(r.results[1].props).toEqual({ 'header.d': 'none' });
    expect(r.results[1].loc).toEqual({
      header: 'Authentication-Results',
      line: 2,
      text: 'dkim=none (message not signed) header.d=none',
    });
    expect(r.results[2].loc.line).toBe(3);
    expect(r.results[3].reason).toBe('001');
    expect(r.warnings).toEqual([]);
  });

  it('skips `header.d=domain.com;domain1.com;` and reads the next result', () => {
    const r = ar(
      'Authentication-Results: spf=pass (sender IP is 192.0.2.7) smtp.mailfrom=domain.com; dkim=pass (signature was verified) header.d=domain.com;domain1.com; dmarc=pass action=none header.from=domain.com;compauth=pass reason=100',
    );
    expect(verdicts(r.results)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass', 'compauth=pass']);
    expect(r.results[1].props).toEqual({ 'header.d': 'domain.com' });
    expect(r.results[3].reason).toBe('100');
  });

  it('reads results with no space after ";"', () => {
    const r = ar(
      'Authentication-Results: spf=softfail (sender IP is 198.51.100.9) smtp.mailfrom=contoso.com;dkim=fail (body hash did not verify) header.d=contoso.com;dmarc=fail action=oreject header.from=contoso.com;compauth=fail reason=000',
    );
    expect(verdicts(r.results)).toEqual(['spf=softfail', 'dkim=fail', 'dmarc=fail', 'compauth=fail']);
    expect(r.results[1].comment).toBe('body hash did not verify');
    expect(r.results[1].loc.text).toBe('dkim=fail (body hash did not verify) header.d=contoso.com');
    expect(r.results[2].props).toEqual({ action: 'oreject', 'header.from': 'contoso.com' });
  });

  it('reads an empty header.from= before ";" and at the end', () => {
    const r = ar(
      'Authentication-Results: spf=none (sender IP is 192.0.2.44) smtp.mailfrom=bounce.example; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=;compauth=fail reason=001',
    );
    expect(r.results[2].props).toEqual({ action: 'none', 'header.from': '' });
    expect(r.results[3]).toMatchObject({ method: 'compauth', result: 'fail', reason: '001' });
    const end = ar('Authentication-Results: dmarc=none action=none header.from=');
    expect(end.results[0].props).toEqual({ action: 'none', 'header.from': '' });
  });

  it('treats `header.from= compauth=…` as an empty value followed by the next property', () => {
    const r = ar('Authentication-Results: dmarc=none action=none header.from= policy.x=1');
    expect(r.results[0].props).toEqual({ action: 'none', 'header.from': '', 'policy.x': '1' });
  });

  it('reads dmarc=bestguesspass, compauth=softpass and pct actions', () => {
    const r = ar(
      'Authentication-Results: spf=pass (sender IP is 10.2.3.4) smtp.mailfrom=fabrikam.com; dkim=none (message not signed) header.d=none; dmarc=bestguesspass action=none header.from=fabrikam.com; compauth=softpass reason=201',
    );
    expect(verdicts(r.results)).toEqual([
      'spf=pass',
      'dkim=none',
      'dmarc=bestguesspass',
      'compauth=softpass',
    ]);
    expect(r.results[3].reason).toBe('201');
    const pct = ar('Authentication-Results: dmarc=fail action=pct.quarantine header.from=contoso.com');
    expect(pct.results[0].props['action']).toBe('pct.quarantine');
  });

  it('lower-cases methods and results but keeps property values as written', () => {
    const r = ar(
      'Authentication-Results: SPF=PASS smtp.MailFrom=Contoso.COM; DKIM=Fail header.D=Contoso.COM',
    );
    expect(verdicts(r.results)).toEqual(['spf=pass', 'dkim=fail']);
    expect(r.results[0].props).toEqual({ 'smtp.mailfrom': 'Contoso.COM' });
    expect(r.results[1].props).toEqual({ 'header.d': 'Contoso.COM' });
  });
});

describe('Gmail form', () => {
  const block = [
    'Authentication-Results: mx.google.com;',
    '       dkim=pass header.i=@contoso.com header.s=selector1 header.b=AbCd1234;',
    '       arc=pass (i=1 spf=pass spfdomain=contoso.com dkim=pass dkdomain=contoso.com dmarc=pass fromdomain=contoso.com);',
    '       spf=pass (google.com: domain of "prvs=1234abcd=chris@contoso.com" designates 192.0.2.10 as permitted sender) smtp.mailfrom="prvs=1234abcd=chris@contoso.com";',
    '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=contoso.com',
  ].join('\r\n');

  it('reads authserv-id, header.i/s/b, arc comment, quoted smtp.mailfrom and dmarc policy comment', () => {
    const r = ar(block);
    expect(r.authservId).toBe('mx.google.com');
    expect(r.warnings).toEqual([]);
    expect(verdicts(r.results)).toEqual(['dkim=pass', 'arc=pass', 'spf=pass', 'dmarc=pass']);
    expect(r.results[0].props).toEqual({
      'header.i': '@contoso.com',
      'header.s': 'selector1',
      'header.b': 'AbCd1234',
    });
    expect(r.results[0].loc).toEqual({
      header: 'Authentication-Results',
      line: 2,
      text: 'dkim=pass header.i=@contoso.com header.s=selector1 header.b=AbCd1234',
    });
    expect(r.results[1].comment).toBe(
      'i=1 spf=pass spfdomain=contoso.com dkim=pass dkdomain=contoso.com dmarc=pass fromdomain=contoso.com',
    );
    expect(r.results[1].props).toEqual({});
    expect(r.results[2].props).toEqual({ 'smtp.mailfrom': 'prvs=1234abcd=chris@contoso.com' });
    expect(r.results[2].comment).toBe(
      'google.com: domain of "prvs=1234abcd=chris@contoso.com" designates 192.0.2.10 as permitted sender',
    );
    expect(r.results[3]).toMatchObject({
      comment: 'p=REJECT sp=REJECT dis=NONE',
      props: { 'header.from': 'contoso.com' },
      loc: { line: 5 },
    });
  });

  it('keeps a full-address smtp.mailfrom', () => {
    const r = ar(
      'Authentication-Results: mx.google.com; spf=softfail (google.com: domain of transitioning chris@fabrikam.com does not designate 203.0.113.5 as permitted sender) smtp.mailfrom=chris@fabrikam.com',
    );
    expect(r.results[0]).toMatchObject({
      result: 'softfail',
      props: { 'smtp.mailfrom': 'chris@fabrikam.com' },
    });
  });
});

describe('Yahoo form', () => {
  it('normalises dkim_pass and success(p=REJECT), strips "@" from header.s', () => {
    const r = ar(
      [
        'Authentication-Results: atlas-production.v2.mta.yahoo.com;',
        ' dkim=dkim_pass header.i=@contoso.com header.s=@selector1;',
        ' spf=pass smtp.mailfrom=contoso.com;',
        ' dmarc=success(p=REJECT) header.from=contoso.com;',
      ].join('\n'),
    );
    expect(r.authservId).toBe('atlas-production.v2.mta.yahoo.com');
    expect(verdicts(r.results)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    expect(r.results[0].props).toEqual({ 'header.i': '@contoso.com', 'header.s': 'selector1' });
    expect(r.results[2]).toMatchObject({ comment: 'p=REJECT', props: { 'header.from': 'contoso.com' } });
    expect(r.results[2].loc.text).toBe('dmarc=success(p=REJECT) header.from=contoso.com');
    expect(r.warnings).toEqual([]);
  });
});

describe('Fastmail form', () => {
  it('reads x- methods, bare x-bits, policy.* properties and the escaped \\@', () => {
    const r = ar(
      [
        'Authentication-Results: mx3.messagingengine.com;',
        '    dkim=pass (2048-bit rsa key sha256) header.d=contoso.com header.i=@contoso.com header.b=Xy12AbCd header.a=rsa-sha256 header.s=fm1 x-bits=2048;',
        '    dmarc=pass policy.published-domain-policy=reject policy.applied-disposition=none (p=reject,d=none,d.eval=none) policy.policy-from=p header.from=contoso.com;',
        '    iprev=pass smtp.remote-ip=192.0.2.10 (mail.contoso.com);',
        '    spf=pass smtp.mailfrom=chris\\@contoso.com smtp.helo=mail.contoso.com;',
        '    x-aligned-from=pass (Address match);',
        '    x-me-sender=none',
      ].join('\n'),
    );
    expect(verdicts(r.results)).toEqual([
      'dkim=pass',
      'dmarc=pass',
      'iprev=pass',
      'spf=pass',
      'x-aligned-from=pass',
      'x-me-sender=none',
    ]);
    expect(r.results[0].props).toEqual({
      'header.d': 'contoso.com',
      'header.i': '@contoso.com',
      'header.b': 'Xy12AbCd',
      'header.a': 'rsa-sha256',
      'header.s': 'fm1',
      'x-bits': '2048',
    });
    expect(r.results[0].comment).toBe('2048-bit rsa key sha256');
    expect(r.results[1].props).toEqual({
      'policy.published-domain-policy': 'reject',
      'policy.applied-disposition': 'none',
      'policy.policy-from': 'p',
      'header.from': 'contoso.com',
    });
    expect(r.results[1].comment).toBe('p=reject,d=none,d.eval=none');
    expect(r.results[3].props).toEqual({
      'smtp.mailfrom': 'chris@contoso.com',
      'smtp.helo': 'mail.contoso.com',
    });
    expect(r.results[4].loc.line).toBe(6);
    expect(r.warnings).toEqual([]);
  });
});

describe('Mimecast outbound form', () => {
  it('reads auth=pass smtp.auth', () => {
    const r = ar('Authentication-Results: relay.mimecast.com; auth=pass smtp.auth=chris@contoso.com');
    expect(r.authservId).toBe('relay.mimecast.com');
    expect(r.results).toEqual([
      expect.objectContaining({
        method: 'auth',
        result: 'pass',
        props: { 'smtp.auth': 'chris@contoso.com' },
      }),
    ]);
  });
});

describe('RFC 8601 Appendix B', () => {
  it('B.2 "; none" with a version (service provided, no authentication done)', () => {
    const r = ar('Authentication-Results: example.org 1; none');
    expect(r).toMatchObject({ authservId: 'example.org', version: '1', none: true, results: [] });
    expect(r.warnings).toEqual([]);
  });

  it('B.3 one SPF result with an authserv-id', () => {
    const r = ar('Authentication-Results: example.com;\n          spf=pass smtp.mailfrom=example.net');
    expect(r.authservId).toBe('example.com');
    expect(r.results).toEqual([
      {
        method: 'spf',
        result: 'pass',
        reason: null,
        comment: null,
        props: { 'smtp.mailfrom': 'example.net' },
        spf: { ip: null, ipStated: false, nullSender: false },
        loc: { header: 'Authentication-Results', line: 2, text: 'spf=pass smtp.mailfrom=example.net' },
      },
    ]);
  });

  it('B.4 SMTP AUTH, SPF and iprev from a single MTA, in two fields', () => {
    const parsed = parseHeaders(
      [
        'Authentication-Results: example.com;',
        '          auth=pass (cram-md5) smtp.auth=sender@example.net;',
        '          spf=pass smtp.mailfrom=example.net',
        'Authentication-Results: example.com; iprev=pass',
        '          policy.iprev=192.0.2.200',
      ].join('\n'),
    );
    expect(parsed.authResults).toHaveLength(2);
    expect(parsed.authResults[0].results[0]).toMatchObject({
      method: 'auth',
      comment: 'cram-md5',
      props: { 'smtp.auth': 'sender@example.net' },
    });
    expect(parsed.authResults[1].results[0]).toMatchObject({
      method: 'iprev',
      result: 'pass',
      props: { 'policy.iprev': '192.0.2.200' },
      loc: { line: 4, text: 'iprev=pass policy.iprev=192.0.2.200' },
    });
  });

  it("B.6 the relay's field: two DKIM results with comments", () => {
    const r = ar(
      [
        'Authentication-Results: mail-router.example.net;',
        '          dkim=pass (good signature) header.d=newyork.example.com',
        '                header.b=oINEO8hg;',
        '          dkim=fail (bad signature) header.d=newyork.example.com',
        '                header.b=EToRSuvU',
      ].join('\n'),
    );
    expect(r.results.map((x) => [x.result, x.comment, x.props['header.b'], x.loc.line])).toEqual([
      ['pass', 'good signature', 'oINEO8hg', 2],
      ['fail', 'bad signature', 'EToRSuvU', 4],
    ]);
  });

  it("B.6 the border MTA's field: quoted reason strings (plus an escaped quote)", () => {
    const r = ar(
      'Authentication-Results: example.com;\n dkim=pass reason="good signature" header.i=@mail-router.example.net;\n dkim=fail reason="bad \\"signature\\"" header.i=@newyork.example.com',
    );
    expect(r.results.map((x) => [x.result, x.reason, x.props['header.i']])).toEqual([
      ['pass', 'good signature', '@mail-router.example.net'],
      ['fail', 'bad "signature"', '@newyork.example.com'],
    ]);
  });

  it('B.5 several authentications by different MTAs', () => {
    const parsed = parseHeaders(
      [
        'Authentication-Results: example.com;',
        '          dkim=pass (good signature) header.d=example.com',
        'Received: from mail-router.example.com',
        '              (mail-router.example.com [192.0.2.1])',
        '          by auth-checker.example.com (8.11.6/8.11.6)',
        '              with ESMTP id i7PK0sH7021929;',
        '          Fri, Feb 15 2002 17:19:22 -0800',
        'Authentication-Results: example.com;',
        '          auth=pass (cram-md5) smtp.auth=sender@example.com;',
        '          spf=fail smtp.mailfrom=example.com',
      ].join('\n'),
    );
    expect(parsed.authResults.map((a) => a.results.map((r) => `${r.method}=${r.result}`))).toEqual([
      ['dkim=pass'],
      ['auth=pass', 'spf=fail'],
    ]);
    expect(parsed.authResults[1].results[1].loc).toEqual({
      header: 'Authentication-Results',
      line: 10,
      text: 'spf=fail smtp.mailfrom=example.com',
    });
    expect(parsed.hops[0]).toMatchObject({
      from: 'mail-router.example.com',
      fromIp: '192.0.2.1',
      by: 'auth-checker.example.com',
      with: 'ESMTP',
      id: 'i7PK0sH7021929',
      date: '2002-02-16T01:19:22.000Z',
    });
  });

  it('B.7 comment-heavy torture test', () => {
    const r = ar(
      [
        'Authentication-Results: foo.example.net (foobar) 1 (baz);',
        '    dkim (Because I like it) / 1 (One yay) = (wait for it) fail',
        '      policy (A dot can go here) . (like that) expired',
        "      (this surprised me) = (as I wasn't expecting it) 1362471462",
      ].join('\n'),
    );
    expect(r.authservId).toBe('foo.example.net');
    expect(r.version).toBe('1');
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({
      method: 'dkim',
      methodVersion: '1',
      result: 'fail',
      props: { 'policy.expired': '1362471462' },
      loc: { line: 2 },
    });
    expect(r.results[0].comment).toBe(
      "Because I like it One yay wait for it A dot can go here like that this surprised me as I wasn't expecting it",
    );
    expect(r.warnings).toEqual([]);
  });
});

describe('comments and odd spacing', () => {
  it('keeps nested comments as written inside the outer one', () => {
    const r = ar(
      'Authentication-Results: mx.example; dkim=pass (outer (inner (deepest)) tail) header.d=example.com',
    );
    expect(r.results[0].comment).toBe('outer (inner (deepest)) tail');
    expect(r.results[0].props).toEqual({ 'header.d': 'example.com' });
  });

  it('joins several comments of one result with a space', () => {
    const r = ar('Authentication-Results: mx.example; spf=fail (one) smtp.mailfrom=example.com (two)');
    expect(r.results[0].comment).toBe('one two');
  });

  it('accepts spaces around "=" and "."', () => {
    const r = ar('Authentication-Results: mx.example; spf = pass smtp . mailfrom = example.com');
    expect(r.results[0]).toMatchObject({
      method: 'spf',
      result: 'pass',
      props: { 'smtp.mailfrom': 'example.com' },
    });
  });

  it('first value of a repeated property wins', () => {
    const r = ar(
      'Authentication-Results: mx.example; dkim=pass header.d=first.example header.d=second.example',
    );
    expect(r.results[0].props['header.d']).toBe('first.example');
  });

  it('treats "__proto__" as an ordinary property key', () => {
    const r = ar('Authentication-Results: mx.example; dkim=pass __proto__=x header.d=example.com');
    const props = r.results[0].props;
    expect(props['header.d']).toBe('example.com');
    expect(Object.keys(props)).toEqual(['__proto__', 'header.d']);
    expect(props['__proto__']).toBe('x');
    expect('toString' in props).toBe(false);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('warns about unreadable text but keeps the results around it', () => {
    const r = ar(
      'Authentication-Results: mx.example; spf=pass smtp.mailfrom=a.example; what is this; dkim=pass header.d=a.example',
    );
    expect(verdicts(r.results)).toEqual(['spf=pass', 'dkim=pass']);
    expect(r.warnings).toEqual([
      { header: 'Authentication-Results', line: 1, message: expect.stringContaining('what is this') },
    ]);
  });

  it('names each token skipped inside a result as it was read: escapes resolved, quotes removed', () => {
    const r = ar(
      'Authentication-Results: mx.example; dkim=pass header.d=a.example stray\\@x "quoted \\"token\\"" ""x; spf=pass',
    );
    expect(verdicts(r.results)).toEqual(['dkim=pass', 'spf=pass']);
    expect(r.results[0].props).toEqual({ 'header.d': 'a.example' });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Unexpected token "stray@x" skipped',
      'Unexpected token "quoted "token"" skipped',
      // An empty quoted string: the character after it is passed over too, so "x" is no token of its own.
      'Unexpected token "" skipped',
    ]);
  });

  it('reports a stray quoted token left open once, and names it', () => {
    const r = ar('Authentication-Results: mx.example; dkim=pass header.d=a.example "never \\" closed');
    expect(verdicts(r.results)).toEqual(['dkim=pass']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Unexpected token "never " closed" skipped',
      expect.stringContaining('Unterminated quoted string'),
    ]);
  });

  it('warns on an unterminated comment and on a field with no result', () => {
    const r = ar('Authentication-Results: mx.example; dkim=fail (never closed header.d=a.example');
    expect(r.results[0]).toMatchObject({
      method: 'dkim',
      result: 'fail',
      comment: 'never closed header.d=a.example',
    });
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringContaining('Unterminated comment')]);
    const empty = ar('Authentication-Results: mx.example;');
    expect(empty.results).toEqual([]);
    expect(empty.warnings.map((w) => w.message)).toEqual([expect.stringContaining('No method=result')]);
  });
});

describe('look-ahead does not repeat problems', () => {
  it('reports an unterminated comment right after a key once', () => {
    const r = ar('Authentication-Results: mx.example; dkim=pass header.d (never closed');
    expect(r.warnings.filter((w) => w.message.includes('Unterminated comment'))).toHaveLength(1);
  });
});

describe('property names with more than one dot', () => {
  it('keeps `policy.dkim.x=1` as one property and the results around it', () => {
    const r = ar(
      'Authentication-Results: mx.example; dkim=pass policy.dkim.x=1 header.d=a.example; spf=pass',
    );
    expect(r.results[0].props).toEqual({ 'policy.dkim.x': '1', 'header.d': 'a.example' });
    expect(r.results.map((x) => x.method)).toEqual(['dkim', 'spf']);
    expect(r.warnings).toEqual([]);
  });
});
