import { parseHeaders } from '../../src/parser';
import { diagnoseHeaders } from '../../src/rules';

/** The first Authentication-Results' results as `method=result[/raw]`. */
function words(block: string): string[] {
  return parseHeaders(block).authResults[0].results.map(
    (r) => `${r.method}=${r.result}${r.rawResult === undefined ? '' : `/${r.rawResult}`}`,
  );
}

describe('result words outside RFC 8601’s registered lists', () => {
  it('maps a synonym to the registered word and keeps the word as written', () => {
    expect(
      words(
        'Authentication-Results: mx.example.org; dkim=timeout header.d=contoso.com; spf=tempfail smtp.mailfrom=contoso.com',
      ),
    ).toEqual(['dkim=temperror/timeout', 'spf=temperror/tempfail']);
    expect(words('Authentication-Results: mx.example.org; spf=hardfail smtp.mailfrom=contoso.com')).toEqual([
      'spf=fail/hardfail',
    ]);
  });

  it('reads a word that proves no outcome as none: misspellings, ignore, test, bestguesspass outside DMARC', () => {
    expect(
      words(
        'Authentication-Results: mx.example.org; spf=pas smtp.mailfrom=a.example; dkim=ignore header.d=a.example; ' +
          'dkim=test header.d=b.example; spf=bestguesspass smtp.mailfrom=c.example; compauth=maybe reason=000',
      ),
    ).toEqual([
      'spf=none/pas',
      'dkim=none/ignore',
      'dkim=none/test',
      'spf=none/bestguesspass',
      'compauth=none/maybe',
    ]);
  });

  it('keeps DMARC’s bestguesspass and Yahoo’s dkim_pass / success spellings', () => {
    expect(
      words(
        'Authentication-Results: mx.example.org; dmarc=bestguesspass action=none header.from=a.example; dkim=dkim_pass header.d=a.example; spf=success smtp.mailfrom=a.example',
      ),
    ).toEqual(['dmarc=bestguesspass', 'dkim=pass/dkim_pass', 'spf=pass/success']);
  });

  it('reads an empty result (`dkim= header.d=…`) as none with the empty word kept', () => {
    expect(words('Authentication-Results: mx.example.org; dkim= header.d=a.example')).toEqual(['dkim=none/']);
  });

  it('leaves methods without a registered list as written', () => {
    expect(words('Authentication-Results: mx.example.org; x-hmca=pass header.id=a@b.example')).toEqual([
      'x-hmca=pass',
    ]);
  });

  it('never lets an unregistered word reach the Diagnosis', () => {
    const d = diagnoseHeaders(
      'Authentication-Results: mx.example.org; spf=pas smtp.mailfrom=a.example; dkim=timeout header.d=a.example; dmarc=maybe header.from=a.example; compauth=maybe reason=000\nFrom: x@a.example',
    );
    expect(d.auth.spf?.result).toBe('none');
    expect(d.auth.dkim.map((k) => k.result)).toEqual(['temperror']);
    expect(d.auth.dmarc?.result).toBe('none');
    expect(d.auth.compauth?.result).toBe('none');
  });
});

describe('Yahoo’s legacy property order', () => {
  it('joins a properties-only segment to the method after it', () => {
    const r = parseHeaders(
      'Authentication-Results: mta1234.mail.example.com  header.i=@contoso.com header.s=s1; dkim=pass (ok)',
    ).authResults[0];
    expect(r.results.map((x) => x.method)).toEqual(['dkim']);
    expect(r.results[0].props).toEqual({ 'header.i': '@contoso.com', 'header.s': 's1' });
  });

  it('reads `from=` as header.from and joins trailing properties to the last method', () => {
    const parsed = parseHeaders(
      'Authentication-Results: mta508.mail.example.co.jp  from=example.co.jp; domainkeys=pass (ok); dkim=pass (ok); header.i=@example.co.jp',
    );
    const r = parsed.authResults[0];
    expect(r.results.map((x) => `${x.method}=${x.result}`)).toEqual(['domainkeys=pass', 'dkim=pass']);
    expect(r.results[0].props).toEqual({ 'header.from': 'example.co.jp' });
    expect(r.results[1].props).toEqual({ 'header.i': '@example.co.jp' });
    expect(parsed.warnings).toEqual([]);
  });

  it('gives the DKIM domain to the Diagnosis', () => {
    const d = diagnoseHeaders(
      'Authentication-Results: mta1234.mail.example.com  header.i=@contoso.com header.s=s1; dkim=pass (ok)\nFrom: a@contoso.com',
    );
    expect(d.auth.dkim).toEqual([
      expect.objectContaining({ result: 'pass', domain: 'contoso.com', selector: 's1' }),
    ]);
  });
});

describe('typed facts of spf and dmarc results', () => {
  it('reads smtp.mailfrom=<> as the null sender: SPF’s domain is then the HELO name, never "<>"', () => {
    const block =
      'Authentication-Results: mx.example.org; spf=pass (mx.example.org: domain of postmaster@mail.contoso.com designates 203.0.113.5 as permitted sender) smtp.mailfrom=<> smtp.helo=mail.contoso.com\nFrom: MAILER-DAEMON@mail.contoso.com';
    const spf = parseHeaders(block).authResults[0].results[0];
    expect(spf.spf).toEqual({ ip: '203.0.113.5', ipStated: true, nullSender: true });
    expect(diagnoseHeaders(block).auth.spf).toMatchObject({ domain: 'mail.contoso.com', ip: '203.0.113.5' });
  });

  it('reads a null sender without a HELO name as no domain', () => {
    const d = diagnoseHeaders('Authentication-Results: mx.example.org; spf=none smtp.mailfrom=<>');
    expect(d.auth.spf?.domain).toBeNull();
  });

  it('keeps a redacted address as stated but unreadable', () => {
    const spf = parseHeaders(
      'Authentication-Results: spf=fail (sender IP is 10.0.1.x) smtp.mailfrom=a.example',
    ).authResults[0].results[0];
    expect(spf.spf).toEqual({ ip: null, ipStated: true, nullSender: false });
  });

  it('reads Gmail’s p= and dis= and the alignment modes from a dmarc comment', () => {
    const dmarc = parseHeaders(
      'Authentication-Results: mx.google.com; dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE adkim=s aspf=r) header.from=contoso.com',
    ).authResults[0].results[0];
    expect(dmarc.dmarc).toEqual({
      policy: 'reject',
      disposition: 'quarantine',
      aspf: 'relaxed',
      adkim: 'strict',
    });
  });

  it('takes strict alignment from the receiver’s adkim=s', () => {
    const d = diagnoseHeaders(
      [
        'Authentication-Results: mx.google.com; dkim=pass header.i=@mail.contoso.com header.s=s1;',
        ' spf=fail smtp.mailfrom=other.example; dmarc=fail (p=REJECT dis=REJECT adkim=s) header.from=contoso.com',
        'From: a@contoso.com',
      ].join('\r\n'),
    );
    expect(d.auth.dkim[0].aligned).toBe(false);
    expect(d.auth.dmarc).toMatchObject({ policy: 'reject', action: 'reject' });
  });
});

describe('Received-SPF identity', () => {
  const listCopy = [
    'Received-SPF: Pass (protection.outlook.com: domain of lists.example.org designates 203.0.113.7 as',
    ' permitted sender) receiver=protection.outlook.com; client-ip=203.0.113.7;',
    ' helo=gvap278cu002.outbound.protection.outlook.com; pr=C',
    'From: Chris <chris@example.org>',
  ].join('\r\n');

  it('takes the domain after "domain of … designates", never helo=', () => {
    const spf = parseHeaders(listCopy).receivedSpf[0];
    expect(spf.envelopeFrom).toBe('lists.example.org');
    expect(spf.clientIp).toBe('203.0.113.7');
    expect(diagnoseHeaders(listCopy).auth.spf).toMatchObject({ domain: 'lists.example.org', aligned: true });
  });

  it('falls back to Return-Path when the field names no envelope sender', () => {
    const d = diagnoseHeaders(
      [
        'Received-SPF: None (protection.outlook.com: smart.fabrikam.com does not designate permitted sender hosts)',
        ' helo=smart.fabrikam.com;',
        'Return-Path: <bounce@mail.example.org>',
        'From: Chris <chris@example.org>',
      ].join('\r\n'),
    );
    expect(d.auth.spf?.domain).toBe('mail.example.org');
  });

  it('reads envelope-from=<> as the null sender', () => {
    expect(
      parseHeaders('Received-SPF: none envelope-from=<>; helo=mx.example.org').receivedSpf[0].envelopeFrom,
    ).toBe('');
  });
});
