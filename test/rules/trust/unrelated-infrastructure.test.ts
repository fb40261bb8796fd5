import { exoBlock } from '../helpers';
import { fixture, signalIds, signalOn, trustOf } from './helpers';

const SPF_FAIL =
  'spf=fail (sender IP is 203.0.113.130)\n smtp.mailfrom=litware.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=oreject header.from=litware.com;compauth=fail\n reason=000';

describe('unrelated-infrastructure signal', () => {
  it('reads the connecting hop, PTR/HELO and the Message-ID domain of the oreject spoof', () => {
    const raw = fixture('exchange-online/explicit-000-oreject');
    const trust = trustOf(raw);
    signalOn(raw, trust, 'unrelated-infrastructure', 'Received: from smtp.bulk-relay.example.net');
    signalOn(raw, trust, 'unrelated-infrastructure', 'Message-ID: <c0ffee12');
  });

  it('is not read when one of the sending hosts belongs to the From organization', () => {
    const raw = exoBlock({
      authResults: SPF_FAIL,
      connecting: 'smtp.litware.com (203.0.113.130)',
      from: 'payroll@litware.com',
    });
    expect(signalIds(trustOf(raw))).not.toContain('unrelated-infrastructure');
  });

  it('ignores the shared Microsoft 365 servers every tenant sends from', () => {
    const raw = exoBlock({
      authResults: SPF_FAIL,
      connecting: 'NAM12-BN8-obe.outbound.protection.outlook.com (40.107.237.60)',
      from: 'payroll@litware.com',
    }).replace('@mail.sender.example>', '@BN8PR12MB3201.namprd12.prod.outlook.com>');
    expect(signalIds(trustOf(raw))).not.toContain('unrelated-infrastructure');
  });

  it('is only a caution when a third-party service authenticated as itself (the seed’s marketing service)', () => {
    const trust = trustOf(fixture('seeds/ts-marketing-automation'));
    expect(trust.level).toBe('unverified');
    expect(trust.headline).toContain('another organization (northwindtraders.com)');
  });

  it('is not read for a proven From domain nor for forwarded mail', () => {
    expect(signalIds(trustOf(fixture('exchange-online/inbound-pass-100')))).toEqual([]);
    expect(signalIds(trustOf(fixture('seeds/ts-forwarding')))).not.toContain('unrelated-infrastructure');
  });
});
