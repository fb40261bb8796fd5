import { BRANDS } from '../../../src/rules/knowledge';
import { organizationalDomain } from '../../../src/rules/alignment';
import { exoBlock } from '../helpers';
import { signalIds, signalOn, trustOf } from './helpers';

const PASSING =
  'spf=pass (sender IP is 198.51.100.66)\n smtp.mailfrom=micros0ft-support.com; dkim=pass (signature was verified)\n header.d=micros0ft-support.com;dmarc=pass action=none\n header.from=micros0ft-support.com;compauth=pass reason=100';

describe('lookalike-domain signal', () => {
  it('a brand look-alike that authenticates is suspicious, with the From line as evidence', () => {
    const raw = exoBlock({
      authResults: PASSING,
      connecting: 'mail.micros0ft-support.com (198.51.100.66)',
      from: '"Microsoft 365" <no-reply@micros0ft-support.com>',
    });
    const trust = trustOf(raw);
    expect(trust.level).toBe('suspicious');
    const signal = signalOn(raw, trust, 'lookalike-domain', 'From:');
    expect(signal.text).toContain('is not microsoft.com');
  });

  it('the brand’s own domains are never look-alikes of it', () => {
    const raw = exoBlock({
      authResults: PASSING.replace(/micros0ft-support\.com/g, 'microsoft.com'),
      connecting: 'mail.microsoft.com (198.51.100.66)',
      from: 'Microsoft <msonlineservicesteam@microsoft.com>',
    });
    expect(signalIds(trustOf(raw))).not.toContain('lookalike-domain');
  });

  it('the brand table: each row says why it is there and cites a source; domains are registrable', () => {
    for (const row of BRANDS) {
      expect(row.why.length).toBeGreaterThan(5);
      expect(row.source.doc).toMatch(/Brand Phishing Report/);
      expect(row.source.section).toContain(row.brand);
      expect(row.source.url).toMatch(/^https?:\/\//);
      for (const domain of [...row.domains, ...(row.mailboxes ?? []), ...(row.platforms ?? [])]) {
        expect(organizationalDomain(domain)).toBe(domain);
      }
    }
  });
});
