import fc from 'fast-check';
import { diagnose, diagnoseHeaders } from '../../src/rules';
import { rankFindings } from '../../src/rules/engine';
import { computeVerdict, summarize } from '../../src/rules/verdict';
import type { Diagnosis, Finding, Severity } from '../../src/rules/diagnosis';
import type { ParsedMessage } from '../../src/parser/types';
import { parseHeaders } from '../../src/parser';
import { exoBlock, ids, lineOf } from './helpers';
import { contractProblems } from '../robustness/diagnosis-schema';

/** The ParsedMessage of an empty block, without the parser's "no header fields" warning. */
function emptyParsed(): ParsedMessage {
  return { ...parseHeaders(''), warnings: [] };
}

function finding(id: Finding['id'], severity: Severity): Finding {
  return {
    id,
    severity,
    title: id,
    explanation: id,
    owner: 'none',
    fix: [],
    fixSteps: [],
    evidence: [],
    references: [],
  };
}

/** The Diagnosis contract: schema/diagnosis.schema.json, findings in order, no id twice. */
function expectSchema(d: Diagnosis): void {
  expect(contractProblems(d)).toEqual([]);
  // Rules are guarded, but none may actually crash: a crash shows as an "(engine)" warning.
  expect(d.warnings.filter((w) => w.header === '(engine)')).toEqual([]);
}

describe('engine', () => {
  it('never throws on an empty ParsedMessage and says it cannot judge', () => {
    const d = diagnose(emptyParsed());
    expectSchema(d);
    expect(d.verdict).toBe('unknown');
    expect(ids(d)).toEqual(['no-auth-results']);
    expect(d.message).toEqual({
      from: null,
      fromDomain: null,
      mailFromDomain: null,
      subject: null,
      messageId: null,
      date: null,
      fromName: null,
      replyTo: null,
      to: [],
      cc: [],
    });
    expect(d.antispam).toBeNull();
    expect(d.auth).toEqual({ authservId: null, spf: null, dkim: [], dmarc: null, compauth: null, arc: null });
  });

  it('never throws and always returns a schema-valid Diagnosis for arbitrary and mutated blocks', () => {
    const seed = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)\n header.d=contoso.com;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail\n reason=000',
      from: 'Contoso <hr@contoso.com>',
      forefront: 'CIP:203.0.113.77;SCL:5;SFV:SPM;CAT:SPOOF;SFTY:9.19;DIR:INB;',
      extra: ['Sender: other@contoso.com', 'ARC-Seal: i=1; cv=none; d=google.com; s=arc; b=x'],
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => expectSchema(diagnoseHeaders(s))),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.nat(seed.length), fc.nat(seed.length), fc.string({ maxLength: 30 }), (a, b, insert) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        expectSchema(diagnoseHeaders(seed.slice(0, from) + insert + seed.slice(to)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary ParsedMessage facts (any methods, results, props, seals, hops, codes)', () => {
    const loc = fc.record({ header: fc.string(), line: fc.integer({ min: 1, max: 500 }), text: fc.string() });
    const word = fc.constantFrom(
      'spf',
      'dkim',
      'dmarc',
      'compauth',
      'arc',
      'auth',
      'pass',
      'fail',
      'none',
      '',
    );
    const result = fc.record({
      method: word,
      result: fc.oneof(word, fc.string()),
      reason: fc.option(fc.oneof(fc.constantFrom('000', '001', '130', '604', '905'), fc.string()), {
        nil: null,
      }),
      comment: fc.option(fc.string(), { nil: null }),
      props: fc.dictionary(
        fc.constantFrom(
          'smtp.mailfrom',
          'header.d',
          'header.i',
          'header.s',
          'header.from',
          'action',
          'header.b',
        ),
        fc.string(),
      ),
      loc,
    });
    const ar = fc.record({
      authservId: fc.option(fc.string(), { nil: null }),
      version: fc.constant(null),
      instance: fc.option(fc.integer(), { nil: null }),
      none: fc.boolean(),
      results: fc.array(result, { maxLength: 6 }),
      loc,
    });
    const address = fc.option(
      fc.record({ name: fc.string(), address: fc.string(), domain: fc.string(), loc }),
      {
        nil: null,
      },
    );
    const parsed = fc.record({
      authResults: fc.array(ar, { maxLength: 3 }),
      arcAuthResults: fc.array(ar, { maxLength: 2 }),
      arcSeals: fc.array(
        fc.record({
          instance: fc.option(fc.integer(), { nil: null }),
          cv: fc.option(fc.string(), { nil: null }),
          domain: fc.option(fc.string(), { nil: null }),
          selector: fc.constant(null),
          loc,
        }),
        { maxLength: 3 },
      ),
      hops: fc.array(
        fc.record({
          from: fc.option(fc.string(), { nil: null }),
          by: fc.option(fc.string(), { nil: null }),
          with: fc.constant(null),
          id: fc.constant(null),
          for: fc.constant(null),
          date: fc.constant(null),
          delaySeconds: fc.constant(null),
          loc,
        }),
        { maxLength: 4 },
      ),
      from: address,
      sender: address,
      forefront: fc.option(
        fc.record({
          fields: fc.dictionary(fc.constantFrom('CAT', 'SFTY', 'SCL', 'SFV', 'CIP', 'PTR'), fc.string()),
          loc,
        }),
        {
          nil: null,
        },
      ),
      ndr: fc.array(
        fc.record({
          code: fc.constantFrom('5.7.23', '5.7.509', '5.7.1', '4.7.32', '9.9.9'),
          smtpCode: fc.constant(null),
          loc,
        }),
        {
          maxLength: 2,
        },
      ),
    });
    fc.assert(
      fc.property(parsed, (partial) => expectSchema(diagnose({ ...emptyParsed(), ...partial }))),
      { numRuns: 300 },
    );
  });

  it('judges at most 50 DKIM results of a hostile verdict and says how many it left out', () => {
    const results = Array.from({ length: 60 }, (_, i) => ` dkim=pass header.d=d${i}.example;`).join('');
    const raw = `Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=a.example;${results} dmarc=pass header.from=a.example\nFrom: x@a.example\n`;
    const d = diagnoseHeaders(raw);
    expect(d.auth.dkim).toHaveLength(50);
    expect(d.warnings).toContainEqual({
      header: 'Authentication-Results',
      line: 1,
      message: '10 more DKIM results ignored: only the first 50 are judged',
    });
    for (const f of d.findings) expect(f.evidence.length).toBeLessThanOrEqual(12);
  });

  it('every finding about the verdict points at a line with text, even when the verdict is silent', () => {
    const silentDkim = diagnoseHeaders('Authentication-Results: dmarc=pass header.from=fabrikam.com\n');
    expect(silentDkim.findings.find((f) => f.id === 'dkim-none')?.evidence).toEqual([
      { header: 'Authentication-Results', text: 'dmarc=pass header.from=fabrikam.com', line: 1 },
    ]);
    const onlyCompauth = diagnoseHeaders('Authentication-Results: compauth=pass reason=109\n');
    expect(onlyCompauth.findings.find((f) => f.id === 'dkim-none')?.evidence.map((e) => e.line)).toEqual([1]);
    // An empty field proves nothing: it is not offered as evidence.
    const empty = diagnoseHeaders('X-MS-Exchange-Organization-AuthAs:\n');
    expect(empty.findings.find((f) => f.id === 'no-auth-results')?.evidence).toEqual([]);
  });

  it('orders findings error → warning → info, stable within a severity, one finding per id', () => {
    const ordered = rankFindings([
      [finding('authenticated', 'info'), finding('spf-none', 'warning')],
      [finding('spf-fail', 'error'), finding('spf-none', 'error')],
      [finding('dkim-none', 'warning'), finding('dmarc-none', 'error')],
    ]);
    expect(ordered.map((f) => `${f.id}:${f.severity}`)).toEqual([
      'spf-fail:error',
      'dmarc-none:error',
      'spf-none:warning',
      'dkim-none:warning',
      'authenticated:info',
    ]);
  });

  it('verdict: unknown without a receiver verdict, else fail on any error, attention on warnings, pass otherwise', () => {
    expect(computeVerdict([finding('spf-fail', 'error')], false)).toBe('unknown');
    expect(computeVerdict([finding('spf-fail', 'error'), finding('dmarc-none', 'warning')], true)).toBe(
      'fail',
    );
    expect(computeVerdict([finding('dmarc-none', 'warning'), finding('authenticated', 'info')], true)).toBe(
      'attention',
    );
    expect(computeVerdict([finding('arc-rescued', 'info')], true)).toBe('pass');
    expect(computeVerdict([], true)).toBe('pass');
  });

  it('a pass verdict never comes with an action for an admin: such an informational finding asks attention', () => {
    const bypassed: Finding = {
      ...finding('compauth-bypassed', 'info'),
      owner: 'recipient-admin',
      fixSteps: [{ text: 'Enable Enhanced Filtering for Connectors.' }],
    };
    expect(computeVerdict([bypassed, finding('authenticated', 'info')], true)).toBe('attention');
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 198.51.100.33)\n smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified)\n header.d=fabrikam.com;dmarc=pass action=none\n header.from=fabrikam.com;compauth=pass reason=451',
      from: 'chris@fabrikam.com',
    });
    const d = diagnoseHeaders(raw);
    expect(d.findings.map((f) => f.id)).toContain('compauth-bypassed');
    expect(d.verdict).toBe('attention');
    expect(d.summary).not.toContain('no action is needed');
  });

  it('summary names the From domain, the most severe finding and who acts', () => {
    const fail = {
      ...finding('spf-and-dkim-fail', 'error'),
      title: 'SPF and DKIM both failed for contoso.com',
      owner: 'sender-admin' as const,
    };
    expect(summarize('fail', [fail], 'contoso.com')).toBe(
      "Mail from contoso.com failed authentication: SPF and DKIM both failed for contoso.com; the sender's email admin needs to fix it.",
    );
    const warn = {
      ...finding('dmarc-none', 'warning'),
      title: 'No DMARC record for adatum.com',
      owner: 'sender-admin' as const,
    };
    expect(summarize('attention', [warn], 'adatum.com')).toBe(
      "Mail from adatum.com was delivered, but needs attention: no DMARC record for adatum.com; the sender's email admin should fix it.",
    );
    expect(summarize('unknown', [finding('no-auth-results', 'warning')], 'contoso.com')).toBe(
      'Mail from contoso.com carries no authentication results from the receiving server, so it cannot be fully diagnosed from these headers.',
    );
    expect(summarize('pass', [finding('arc-rescued', 'info')], null)).toMatch(
      /^This message passed authentication/,
    );
  });

  it('fills message, hops (oldest first) and copies parser warnings', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=bounce.contoso.com; dkim=pass (signature was verified)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100',
      from: '"Green, Chris" <Chris@Contoso.com>',
      connecting: 'mail.contoso.com (203.0.113.20)',
      subject: 'Budget 2027',
      extra: ['DKIM-Signature: garbage'],
    });
    const d = diagnoseHeaders(raw);
    expect(d.message).toEqual({
      from: 'Chris@Contoso.com',
      fromDomain: 'contoso.com',
      mailFromDomain: 'bounce.contoso.com',
      subject: 'Budget 2027',
      messageId: '<20261123100209.4411@mail.sender.example>',
      date: '2026-11-23T10:02:09.000Z',
      fromName: 'Green, Chris',
      replyTo: null,
      to: ['Megan Bowen <meganb@fabrikam.com>'],
      cc: [],
    });
    expect(d.hops).toHaveLength(3);
    expect(d.hops[0]).toMatchObject({
      from: 'mail.contoso.com',
      by: 'BN2PEPF000044A8.mail.protection.outlook.com',
    });
    expect(d.hops[2].by).toBe('PH0PR15MB4783.namprd15.prod.outlook.com');
    expect(d.hops[1].delaySeconds).toBe(1);
    expect(d.warnings.length).toBeGreaterThan(0);
    expect(d.warnings).toEqual(parseHeaders(raw).warnings);
    expect(d.warnings[0]).toMatchObject({
      header: 'DKIM-Signature',
      line: lineOf(raw, 'DKIM-Signature: garbage'),
    });
  });

  it('a failing message gets verdict fail and a summary naming the root cause', () => {
    const d = diagnoseHeaders(
      exoBlock({
        authResults:
          'spf=softfail (sender IP is 198.51.100.23)\n smtp.mailfrom=contoso.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=none header.from=contoso.com;compauth=fail reason=001',
        from: 'payroll@contoso.com',
      }),
    );
    expect(d.verdict).toBe('fail');
    expect(d.findings[0].id).toBe('spf-fail');
    expect(d.summary).toBe(
      "Mail from contoso.com failed authentication: SPF softfail for contoso.com; the sender's email admin needs to fix it.",
    );
  });
});
