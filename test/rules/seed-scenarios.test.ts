/**
 * The seeds' own examples, run through the whole engine: each troubleshooting scenario's example header
 * (verbatim, from the knowledge table) gives the finding the scenario names, and each row of the decision
 * matrix gives the finding that carries its required action.
 */
import { asHeaderBlock, DECISION_MATRIX, SCENARIOS } from '../../src/rules/knowledge';
import type { FindingId } from '../../src/rules/diagnosis';
import { diagnoseHeaders, ids } from './helpers';

describe('troubleshooting scenarios (seed example headers, verbatim)', () => {
  const withHeaders = SCENARIOS.filter((s) => s.exampleHeader.startsWith('Authentication-Results:'));

  it('covers every scenario that has an example header', () => {
    expect(withHeaders.length).toBeGreaterThanOrEqual(7);
  });

  it.each(withHeaders.map((s) => [s.name, s.exampleHeader, s.finding] as const))(
    '%s → its finding',
    (_name, example, finding) => {
      const d = diagnoseHeaders(asHeaderBlock(example));
      expect(ids(d)).toContain(finding);
      expect(d.verdict).toBe('fail');
    },
  );
});

describe('Microsoft Learn "Email authentication in Microsoft 365" examples', () => {
  const examples: [string, string, FindingId[], string][] = [
    [
      'no SPF, DKIM or DMARC',
      `Authentication-Results: spf=none (sender IP is 10.2.3.4)
  smtp.mailfrom=fabrikam.com; contoso.com; dkim=none
  (message not signed) header.d=none; contoso.com; dmarc=none
  action=none header.from=fabrikam.com; compauth=fail reason=001
From: chris@fabrikam.com
To: michelle@contoso.com`,
      ['no-authentication', 'compauth-implicit-failure'],
      'fail',
    ],
    [
      'SPF record, no DKIM',
      `Authentication-Results: spf=pass (sender IP is 10.2.3.4)
  smtp.mailfrom=fabrikam.com; contoso.com; dkim=none
  (message not signed) header.d=none; contoso.com; dmarc=bestguesspass
  action=none header.from=fabrikam.com; compauth=pass reason=109
From: chris@fabrikam.com
To: michelle@contoso.com`,
      ['dkim-none', 'dmarc-bestguesspass', 'implicit-pass'],
      'attention',
    ],
    [
      'DKIM record, no SPF',
      `Authentication-Results: spf=none (sender IP is 10.2.3.4)
  smtp.mailfrom=fabrikam.com; contoso.com; dkim=pass
  (signature was verified) header.d=outbound.fabrikam.com;
  contoso.com; dmarc=bestguesspass action=none
  header.from=fabrikam.com; compauth=pass reason=109
From: chris@fabrikam.com
To: michelle@contoso.com`,
      ['spf-none', 'dmarc-bestguesspass', 'implicit-pass'],
      'attention',
    ],
    [
      'SPF/DKIM domain does not match From',
      `Authentication-Results: spf=none (sender IP is 192.168.1.8)
  smtp.mailfrom=maliciousdomain.com; contoso.com; dkim=pass
  (signature was verified) header.d=maliciousdomain.com;
  contoso.com; dmarc=none action=none header.from=contoso.com;
  compauth=fail reason=001
From: chris@contoso.com
To: michelle@fabrikam.com`,
      ['dmarc-alignment', 'compauth-implicit-failure'],
      'fail',
    ],
  ];

  it.each(examples)('%s', (_name, block, findings, verdict) => {
    const d = diagnoseHeaders(block);
    expect(ids(d)).toEqual(expect.arrayContaining(findings));
    expect(d.verdict).toBe(verdict);
    expect(ids(d)).not.toContain('authenticated');
  });

  it('DKIM d=outbound.fabrikam.com aligns (relaxed) with From fabrikam.com', () => {
    const d = diagnoseHeaders(examples[2][1]);
    expect(d.auth.dkim[0]).toMatchObject({ domain: 'outbound.fabrikam.com', aligned: true });
  });
});

describe('decision matrix rows', () => {
  /** The block for a matrix row: results for contoso.com, with the gateway row's gateway domain. */
  const blocks: Record<string, [string, FindingId]> = {
    'All pass': [
      'spf=pass smtp.mailfrom=contoso.com; dkim=pass header.d=contoso.com; dmarc=pass header.from=contoso.com',
      'authenticated',
    ],
    'SPF only fails': [
      'spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=contoso.com; dkim=pass header.d=contoso.com; dmarc=pass header.from=contoso.com',
      'spf-fail',
    ],
    'DKIM only fails': [
      'spf=pass smtp.mailfrom=contoso.com; dkim=fail (signature did not verify) header.d=contoso.com; dmarc=pass header.from=contoso.com',
      'dkim-fail',
    ],
    'DMARC fails (alignment)': [
      'spf=pass smtp.mailfrom=northwindtraders.com; dkim=pass header.d=northwindtraders.com; dmarc=fail header.from=contoso.com',
      'third-party-sender',
    ],
    'SPF + DKIM fail': [
      'spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=contoso.com; dkim=fail header.d=contoso.com; dmarc=fail header.from=contoso.com',
      'spf-and-dkim-fail',
    ],
    'No authentication': [
      'spf=none smtp.mailfrom=contoso.com; dkim=none; dmarc=none header.from=contoso.com',
      'no-authentication',
    ],
    'Gateway issue': [
      'spf=pass smtp.mailfrom=gateway.fabrikam.com; dkim=fail (body hash did not verify) header.d=contoso.com; dmarc=fail header.from=contoso.com',
      'gateway-modified',
    ],
  };

  it('has a block for every row of the knowledge table', () => {
    expect(DECISION_MATRIX.map((r) => r.state).sort()).toEqual(Object.keys(blocks).sort());
  });

  it.each(Object.entries(blocks))('%s', (_state, [results, finding]) => {
    const d = diagnoseHeaders(
      `Authentication-Results: mx.contoso.com; ${results}\nFrom: someone@contoso.com\n`,
    );
    expect(ids(d)).toContain(finding);
  });
});
