import { exoBlock } from '../helpers';
import { fixture, signalIds, signalOn, trustOf } from './helpers';

const NONE =
  'spf=none (sender IP is 203.0.113.20)\n smtp.mailfrom=relecloud.com; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=relecloud.com;compauth=fail reason=001';

function withForefront(forefront: string): string {
  return exoBlock({
    authResults: NONE,
    connecting: 'mta.relecloud.com (203.0.113.20)',
    from: 'ava@relecloud.com',
    forefront,
  });
}

describe('receiver verdicts, scores and first contact', () => {
  it.each([
    ['CAT:PHSH', 'receiver-phishing-verdict', 'Phishing'],
    ['CAT:HPHSH', 'receiver-phishing-verdict', 'High confidence phishing'],
    ['CAT:SPOOF', 'receiver-spoof-verdict', 'Spoofing'],
    ['CAT:GIMP', 'receiver-impersonation-verdict', 'Mailbox intelligence'],
    ['CAT:UIMP', 'receiver-impersonation-verdict', 'User impersonation'],
    ['SFTY:9.19', 'receiver-impersonation-verdict', 'Domain impersonation'],
    ['SFTY:9.20', 'receiver-impersonation-verdict', 'User impersonation'],
    ['SFTY:9.21', 'receiver-spoof-verdict', 'Spoofing'],
    ['SFTY:9.22', 'receiver-spoof-verdict', 'safe senders'],
  ] as const)('%s → %s, suspicious, with the knowledge table’s meaning', (value, id, meaning) => {
    const raw = withForefront(`CIP:203.0.113.20;CTRY:US;${value};SCL:1`);
    const trust = trustOf(raw);
    expect(trust.level).toBe('suspicious');
    expect(signalOn(raw, trust, id, 'X-Forefront-Antispam-Report:').text).toContain(meaning);
  });

  it('SCL 5+ and BCL 7+ are told but do not make the sender suspicious', () => {
    const raw = withForefront('CIP:203.0.113.20;CTRY:US;CAT:BULK;SCL:6;BCL:8');
    const trust = trustOf(raw);
    expect(trust.level).toBe('unverified');
    expect(signalIds(trust)).toEqual(expect.arrayContaining(['spam-score', 'bulk-score']));
  });

  it('SFTY 9.25 on a verified message: first contact, still verified', () => {
    const raw = fixture('exchange-online/first-contact-9.25');
    const trust = trustOf(raw);
    expect(trust.level).toBe('verified');
    expect(trust.headline).toContain('first message');
    // The value is folded onto the line after the field name: evidence points at the value.
    signalOn(raw, trust, 'first-contact', 'SFTY:9.25');
  });

  it('a spoof verdict on a message a forwarder broke is explained, not suspicious', () => {
    const trust = trustOf(fixture('forwarded/forwarded-no-arc-000'));
    expect(signalIds(trust)).toContain('receiver-spoof-verdict');
    expect(trust.level).toBe('explained');
  });
});
