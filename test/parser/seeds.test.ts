/**
 * Every example header of the three seed documents (seeds/, see test/support/seed-documents.ts), pasted as the documents show them:
 * the compauth guide and the troubleshooting page lost the folding indentation, the Microsoft Learn page
 * indents the whole block. Each gives exactly the documented values.
 */
import { parseHeaders } from '../../src/parser';
import type { AuthMethodResult } from '../../src/parser/types';

interface Expected {
  spf?: [string, Record<string, string>];
  dkim?: [string, Record<string, string>];
  dmarc?: [string, Record<string, string>];
  compauth?: [string, string];
  comments?: Partial<Record<'spf' | 'dkim' | 'dmarc', string>>;
}

function check(block: string, expected: Expected): AuthMethodResult[] {
  const parsed = parseHeaders(block);
  expect(parsed.authResults).toHaveLength(1);
  const ar = parsed.authResults[0];
  expect(ar.authservId).toBeNull();
  const byMethod = (m: string) => ar.results.find((r) => r.method === m);
  for (const method of ['spf', 'dkim', 'dmarc'] as const) {
    const want = expected[method];
    if (!want) {
      expect(byMethod(method)).toBeUndefined();
      continue;
    }
    expect(byMethod(method)).toMatchObject({ result: want[0], props: want[1] });
    expect(byMethod(method)?.props).toEqual(want[1]);
  }
  if (expected.compauth) {
    expect(byMethod('compauth')).toMatchObject({
      result: expected.compauth[0],
      reason: expected.compauth[1],
    });
  } else {
    expect(byMethod('compauth')).toBeUndefined();
  }
  for (const [method, comment] of Object.entries(expected.comments ?? {})) {
    expect(byMethod(method)?.comment).toBe(comment);
  }
  return ar.results;
}

describe('compauth-reason-codes-guide.txt', () => {
  it('compauth=pass reason=100 example', () => {
    check(
      `Authentication-Results: spf=pass (sender IP is 40.107.0.1)
smtp.mailfrom=captaindns.com; dkim=pass (signature was verified)
header.d=captaindns.com; dmarc=pass action=none
header.from=captaindns.com; compauth=pass reason=100`,
      {
        spf: ['pass', { 'smtp.mailfrom': 'captaindns.com' }],
        dkim: ['pass', { 'header.d': 'captaindns.com' }],
        dmarc: ['pass', { action: 'none', 'header.from': 'captaindns.com' }],
        compauth: ['pass', '100'],
        comments: { spf: 'sender IP is 40.107.0.1', dkim: 'signature was verified' },
      },
    );
  });

  it('annotated compauth=fail reason=001 example with its X-Forefront-Antispam-Report', () => {
    const block = `Authentication-Results: spf=none (sender IP is 203.0.113.20)
smtp.mailfrom=marketing.captaindns.com; dkim=none (message not signed)
header.d=none; dmarc=none action=none header.from=captaindns.com;
compauth=fail reason=001
X-Forefront-Antispam-Report: CIP:203.0.113.20; CTRY:US;
CAT:SPOOF; SFV:SPM; SCL:5; SFTY:9.19`;
    const results = check(block, {
      spf: ['none', { 'smtp.mailfrom': 'marketing.captaindns.com' }],
      dkim: ['none', { 'header.d': 'none' }],
      dmarc: ['none', { action: 'none', 'header.from': 'captaindns.com' }],
      compauth: ['fail', '001'],
      comments: { spf: 'sender IP is 203.0.113.20', dkim: 'message not signed' },
    });
    expect(results.map((r) => r.loc.line)).toEqual([1, 2, 3, 4]);
    const parsed = parseHeaders(block);
    expect(parsed.warnings).toEqual([
      {
        header: 'Authentication-Results',
        line: 2,
        message: '3 lines (2–4) are not indented: read as continuation of the field above',
      },
      {
        header: 'X-Forefront-Antispam-Report',
        line: 6,
        message: 'Line 6 is not indented: read as continuation of the field above',
      },
    ]);
    expect(parsed.forefront?.fields).toEqual({
      CIP: '203.0.113.20',
      CTRY: 'US',
      CAT: 'SPOOF',
      SFV: 'SPM',
      SCL: '5',
      SFTY: '9.19',
    });
    expect(parsed.forefront?.loc.line).toBe(5);
  });

  it('compauth=<pass|softpass|fail|none> reason=<code> syntax line reads as a result', () => {
    const parsed = parseHeaders('Authentication-Results:\n   compauth=fail reason=000');
    expect(parsed.authResults[0].results).toEqual([
      expect.objectContaining({
        method: 'compauth',
        result: 'fail',
        reason: '000',
        loc: expect.objectContaining({ line: 2 }),
      }),
    ]);
  });
});

describe('email-authentication-in-microsoft-365.md (indented blocks)', () => {
  it('no SPF, DKIM or DMARC: compauth=fail reason=001', () => {
    const block = `  Authentication-Results: spf=none (sender IP is 10.2.3.4)
    smtp.mailfrom=fabrikam.com; contoso.com; dkim=none
    (message not signed) header.d=none; contoso.com; dmarc=none
    action=none header.from=fabrikam.com; compauth=fail reason=001
  From: chris@fabrikam.com
  To: michelle@contoso.com`;
    check(block, {
      spf: ['none', { 'smtp.mailfrom': 'fabrikam.com' }],
      dkim: ['none', { 'header.d': 'none' }],
      dmarc: ['none', { action: 'none', 'header.from': 'fabrikam.com' }],
      compauth: ['fail', '001'],
      comments: { spf: 'sender IP is 10.2.3.4', dkim: 'message not signed' },
    });
    const parsed = parseHeaders(block);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.from).toMatchObject({
      address: 'chris@fabrikam.com',
      domain: 'fabrikam.com',
      loc: { line: 5 },
    });
  });

  it('SPF, no DKIM: dmarc=bestguesspass, compauth=pass reason=109', () => {
    check(
      `  Authentication-Results: spf=pass (sender IP is 10.2.3.4)
    smtp.mailfrom=fabrikam.com; contoso.com; dkim=none
    (message not signed) header.d=none; contoso.com; dmarc=bestguesspass
    action=none header.from=fabrikam.com; compauth=pass reason=109
  From: chris@fabrikam.com
  To: michelle@contoso.com`,
      {
        spf: ['pass', { 'smtp.mailfrom': 'fabrikam.com' }],
        dkim: ['none', { 'header.d': 'none' }],
        dmarc: ['bestguesspass', { action: 'none', 'header.from': 'fabrikam.com' }],
        compauth: ['pass', '109'],
      },
    );
  });

  it('DKIM without SPF: header.d=outbound.fabrikam.com, compauth=pass reason=109', () => {
    const results = check(
      `  Authentication-Results: spf=none (sender IP is 10.2.3.4)
    smtp.mailfrom=fabrikam.com; contoso.com; dkim=pass
    (signature was verified) header.d=outbound.fabrikam.com;
    contoso.com; dmarc=bestguesspass action=none
    header.from=fabrikam.com; compauth=pass reason=109
  From: chris@fabrikam.com
  To: michelle@contoso.com`,
      {
        spf: ['none', { 'smtp.mailfrom': 'fabrikam.com' }],
        dkim: ['pass', { 'header.d': 'outbound.fabrikam.com' }],
        dmarc: ['bestguesspass', { action: 'none', 'header.from': 'fabrikam.com' }],
        compauth: ['pass', '109'],
        comments: { dkim: 'signature was verified' },
      },
    );
    expect(results[1].loc).toEqual({
      header: 'Authentication-Results',
      line: 2,
      text: 'dkim=pass (signature was verified) header.d=outbound.fabrikam.com',
    });
  });

  it('domains do not match From: compauth=fail reason=001', () => {
    check(
      `  Authentication-Results: spf=none (sender IP is 192.168.1.8)
    smtp.mailfrom=maliciousdomain.com; contoso.com; dkim=pass
    (signature was verified) header.d=maliciousdomain.com;
    contoso.com; dmarc=none action=none header.from=contoso.com;
    compauth=fail reason=001
  From: chris@contoso.com
  To: michelle@fabrikam.com`,
      {
        spf: ['none', { 'smtp.mailfrom': 'maliciousdomain.com' }],
        dkim: ['pass', { 'header.d': 'maliciousdomain.com' }],
        dmarc: ['none', { action: 'none', 'header.from': 'contoso.com' }],
        compauth: ['fail', '001'],
        comments: { spf: 'sender IP is 192.168.1.8' },
      },
    );
  });
});

describe('troubleshooting-email-authentication.txt', () => {
  it('SPF and DKIM both fail', () => {
    check(
      `Authentication-Results: spf=fail smtp.mailfrom=contoso.com;
dkim=fail header.d=contoso.com; dmarc=fail action=quarantine;
compauth=fail reason=000`,
      {
        spf: ['fail', { 'smtp.mailfrom': 'contoso.com' }],
        dkim: ['fail', { 'header.d': 'contoso.com' }],
        dmarc: ['fail', { action: 'quarantine' }],
        compauth: ['fail', '000'],
      },
    );
  });

  it('SPF passes but DMARC fails due to alignment', () => {
    check(
      `Authentication-Results: spf=pass smtp.mailfrom=service.contoso.com;
dkim=fail header.d=contoso.com;
dmarc=fail (SPF not aligned);
compauth=fail reason=001`,
      {
        spf: ['pass', { 'smtp.mailfrom': 'service.contoso.com' }],
        dkim: ['fail', { 'header.d': 'contoso.com' }],
        dmarc: ['fail', {}],
        compauth: ['fail', '001'],
        comments: { dmarc: 'SPF not aligned' },
      },
    );
  });

  it('gateway modified the body', () => {
    check(
      `Authentication-Results: spf=pass smtp.mailfrom=gateway.fabrikam.com;
dkim=fail (body hash did not verify) header.d=contoso.com;
dmarc=fail (no aligned pass)`,
      {
        spf: ['pass', { 'smtp.mailfrom': 'gateway.fabrikam.com' }],
        dkim: ['fail', { 'header.d': 'contoso.com' }],
        dmarc: ['fail', {}],
        comments: { dkim: 'body hash did not verify', dmarc: 'no aligned pass' },
      },
    );
  });

  it('forwarded message fails SPF', () => {
    check(
      `Authentication-Results: spf=fail (sender IP is 10.0.1.x)
smtp.mailfrom=woodgrovebank.com;
dkim=pass header.d=woodgrovebank.com;
dmarc=fail (SPF failed, DKIM not aligned)`,
      {
        spf: ['fail', { 'smtp.mailfrom': 'woodgrovebank.com' }],
        dkim: ['pass', { 'header.d': 'woodgrovebank.com' }],
        dmarc: ['fail', {}],
        comments: { spf: 'sender IP is 10.0.1.x', dmarc: 'SPF failed, DKIM not aligned' },
      },
    );
  });

  it('marketing automation fails DMARC', () => {
    check(
      `Authentication-Results: spf=pass smtp.mailfrom=northwindtraders.com;
dkim=pass header.d=northwindtraders.com;
dmarc=fail (no aligned pass) header.from=contoso.com`,
      {
        spf: ['pass', { 'smtp.mailfrom': 'northwindtraders.com' }],
        dkim: ['pass', { 'header.d': 'northwindtraders.com' }],
        dmarc: ['fail', { 'header.from': 'contoso.com' }],
      },
    );
  });

  it('non-Microsoft security gateway breaks DKIM', () => {
    check(
      `Authentication-Results: spf=pass smtp.mailfrom=tailspintoys.com;
dkim=fail (body hash did not verify) header.d=contoso.com;
dmarc=fail`,
      {
        spf: ['pass', { 'smtp.mailfrom': 'tailspintoys.com' }],
        dkim: ['fail', { 'header.d': 'contoso.com' }],
        dmarc: ['fail', {}],
      },
    );
  });

  it('partner domain: everything passes yet compauth=fail reason=001', () => {
    check(
      `Authentication-Results: spf=pass smtp.mailfrom=wingtiptoys.com;
dkim=pass header.d=wingtiptoys.com;
dmarc=pass header.from=wingtiptoys.com;
compauth=fail reason=001`,
      {
        spf: ['pass', { 'smtp.mailfrom': 'wingtiptoys.com' }],
        dkim: ['pass', { 'header.d': 'wingtiptoys.com' }],
        dmarc: ['pass', { 'header.from': 'wingtiptoys.com' }],
        compauth: ['fail', '001'],
      },
    );
  });

  it('"Read authentication results" example', () => {
    check(
      `Authentication-Results: spf=fail (sender IP is 192.168.50.50)
smtp.mailfrom=contoso.com; dkim=pass (signature was verified)
header.d=contoso.com; dmarc=fail action=quarantine
header.from=contoso.com; compauth=fail reason=000`,
      {
        spf: ['fail', { 'smtp.mailfrom': 'contoso.com' }],
        dkim: ['pass', { 'header.d': 'contoso.com' }],
        dmarc: ['fail', { action: 'quarantine', 'header.from': 'contoso.com' }],
        compauth: ['fail', '000'],
        comments: { spf: 'sender IP is 192.168.50.50' },
      },
    );
  });
});
