/**
 * The reader's answer on real-shaped messages: each level, and the headline that says it in plain words.
 */
import { exoBlock } from '../helpers';
import { fixture, signalIds, signalOn, trustOf } from './helpers';

const REPORT = "Don't reply or click; report it (Outlook: Report ▸ Phishing).";

describe('trust levels', () => {
  it('verified: a genuine Exchange Online pass from the sender’s own server', () => {
    const trust = trustOf(fixture('exchange-online/inbound-pass-100'));
    expect(trust.level).toBe('verified');
    expect(trust.headline).toBe("Sent by fabrikam.com's own servers and verified.");
    expect(trust.signals).toEqual([]);
  });

  it('verified by DKIM alone says "signed by", not "own servers"', () => {
    const trust = trustOf(fixture('exchange-online/spf-fail-only-dmarc-pass'));
    expect(trust.level).toBe('verified');
    expect(trust.headline).toBe('Signed by fabrikam.com and verified.');
  });

  it('suspicious: the Exchange Online spoof (SPF fail from an unrelated relay, DMARC oreject)', () => {
    const raw = fixture('exchange-online/explicit-000-oreject');
    const trust = trustOf(raw);
    expect(trust.level).toBe('suspicious');
    expect(trust.headline).toBe(
      'This looks forged: it claims to be from litware.com but came from a server litware.com does not use.',
    );
    expect(trust.advice).toBe(REPORT);
    const signal = signalOn(
      raw,
      trust,
      'unrelated-infrastructure',
      'Received: from smtp.bulk-relay.example.net',
    );
    expect(signal.text).toContain('example.net');
  });

  it('suspicious although it authenticates: the CEO-fraud look-alike of the reader’s domain', () => {
    const raw = fixture('exchange-online/impersonation-9.20-lookalike');
    const trust = trustOf(raw, 'payables@contoso.com');
    expect(trust.level).toBe('suspicious');
    expect(trust.headline).toContain('contos0-corp.example only looks like your own domain contoso.com');
    expect(trust.headline).toContain('proves only who owns the look-alike');
    expect(trust.headline).not.toMatch(/^Sent by|^Signed by/);
    expect(signalIds(trust)).toEqual(
      expect.arrayContaining(['lookalike-domain', 'receiver-impersonation-verdict']),
    );
  });

  it('suspicious without the recipient too: Defender’s UIMP/SFTY 9.20 verdict', () => {
    const trust = trustOf(fixture('exchange-online/impersonation-9.20-lookalike'));
    expect(trust.level).toBe('suspicious');
    expect(trust.headline).toMatch(/^This looks like impersonation/);
  });

  it('explained: a mailing list broke DKIM with its footer (List-Id, SPF passes only for the list)', () => {
    const raw = fixture('mailing-list/list-footer-no-arc-001');
    const trust = trustOf(raw);
    expect(trust.level).toBe('explained');
    expect(trust.headline).toMatch(/mailing list/);
    signalOn(raw, trust, 'benign-route', 'List-Id:');
  });

  it('explained: forwarded by a third organization (the seed’s forwarding example)', () => {
    const trust = trustOf(fixture('seeds/ts-forwarding'));
    expect(trust.level).toBe('explained');
    expect(trust.headline).toMatch(
      /^Authentication failed only because the message was forwarded by example\.org/,
    );
  });

  it('explained: the gateway that modified the body (seed)', () => {
    expect(trustOf(fixture('seeds/ts-gateway-modifying')).level).toBe('explained');
  });

  it('unverified: nothing proves or disproves the sender (no DMARC record, implicit failure)', () => {
    const trust = trustOf(fixture('seeds/ms365-no-records-001'));
    expect(trust.level).toBe('unverified');
    expect(trust.headline).toBe("This message's sender could not be verified.");
    expect(trust.advice).toBe(
      "Don't pay, sign in or open attachments because of it; check with the sender another way.",
    );
  });

  it('a Reply-To to a freemail mailbox makes a passing message suspicious (BEC)', () => {
    const raw = exoBlock({
      authResults:
        'spf=pass (sender IP is 198.51.100.10)\n smtp.mailfrom=woodgrovebank.com; dkim=pass (signature was verified)\n header.d=woodgrovebank.com;dmarc=pass action=none\n header.from=woodgrovebank.com;compauth=pass reason=100',
      connecting: 'mail.woodgrovebank.com (198.51.100.10)',
      from: 'Woodgrove Accounts <accounts@woodgrovebank.com>',
      extra: ['Reply-To: woodgrove.accounts.dept@gmail.com'],
      subject: 'Updated bank details for invoice 4471',
    });
    const trust = trustOf(raw);
    expect(trust.level).toBe('suspicious');
    expect(trust.headline).toBe(
      'This looks like fraud: replies would go to a personal gmail.com mailbox, not to woodgrovebank.com.',
    );
    signalOn(raw, trust, 'reply-to-elsewhere', 'Reply-To:');
  });

  it('a Reply-To to another company on a verified message stays verified, with the caution in the headline', () => {
    const trust = trustOf(fixture('odd-format/from-comment-reply-to'));
    expect(trust.level).toBe('verified');
    expect(trust.headline).toBe(
      "Sent by fabrikam.com's own servers and verified. Replies would go to fabrikam-support.example, not to fabrikam.com.",
    );
  });

  it('claims the reader’s own organization from a foreign server: suspicious once the recipient is known', () => {
    const raw = fixture('seeds/ms365-domain-mismatch-001');
    expect(trustOf(raw).level).toBe('unverified');
    const trust = trustOf(raw, 'megan@contoso.com');
    expect(trust.level).toBe('suspicious');
    expect(trust.headline).toContain('your own organization, contoso.com');
  });

  it('never throws and always answers, even for an empty block', () => {
    const trust = trustOf('');
    expect(trust.level).toBe('unverified');
    expect(trust.headline.length).toBeGreaterThan(0);
  });
});
