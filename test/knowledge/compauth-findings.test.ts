/**
 * Which compauth reason code stands for which catalogue finding (DESIGN.md), as requirements on the
 * engine: an Exchange Online block with that reason gives that finding.
 */
import reasons from '../fixtures/knowledge/compauth-reasons.json';
import { lookupCompauthReason } from '../../src/rules/knowledge';
import { resultsFindingIds } from './engine-on-fixtures';

describe('compauth reason → finding (test/fixtures/knowledge/compauth-reasons.json)', () => {
  it.each(reasons.findings.map((r) => [r.reason, r.finding, r] as const))(
    'reason=%s → %s',
    (reason, finding, row) => {
      const compauth = lookupCompauthReason(reason)?.row.compauth;
      expect(compauth).toBeDefined();
      const results =
        `spf=${row.spf} (sender IP is 203.0.113.20) smtp.mailfrom=contoso.com; dkim=${row.dkim} header.d=contoso.com; ` +
        `dmarc=${row.dmarc} action=none header.from=contoso.com; compauth=${compauth} reason=${reason}`;
      expect(resultsFindingIds(results)).toContain(finding);
    },
  );
});
