/**
 * The example headers of Microsoft Learn's "Email authentication in Microsoft 365", run through the whole
 * engine. (The troubleshooting guide's scenarios and decision matrix are test/knowledge/scenarios.test.ts
 * and decision-matrix.test.ts.)
 */
import type { FindingId } from '../../src/rules/diagnosis';
import { diagnoseHeaders, ids } from './helpers';

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
