import { exoBlock } from '../helpers';
import { fixture, signalIds, signalOn, trustOf } from './helpers';

const NO_DMARC =
  'spf=pass (sender IP is 203.0.113.20)\n smtp.mailfrom=bounces.esp.example; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=adatum.com;compauth=fail reason=001';

describe('reply-to-elsewhere and return-path-elsewhere signals', () => {
  it('Reply-To to another organization when the From domain is not proven: suspicious', () => {
    const raw = exoBlock({
      authResults: NO_DMARC,
      from: 'Adatum Billing <billing@adatum.com>',
      extra: ['Reply-To: "Adatum Billing" <billing@adatum-invoices.example>'],
    });
    const trust = trustOf(raw);
    expect(trust.level).toBe('suspicious');
    const signal = signalOn(raw, trust, 'reply-to-elsewhere', 'Reply-To:');
    expect(signal.text).toBe(
      'Replies go to billing@adatum-invoices.example at adatum-invoices.example, not to adatum.com.',
    );
  });

  it('a list that sets Reply-To to the author on a verified message is only a caution', () => {
    const trust = trustOf(fixture('mailing-list/mailman-from-munged'));
    expect(trust.level).toBe('verified');
    expect(signalIds(trust)).toContain('reply-to-elsewhere');
  });

  it('Return-Path elsewhere is read only when nothing proves the From domain', () => {
    const raw = fixture('mailing-list/list-to-gmail-arc-pass');
    signalOn(raw, trustOf(raw), 'return-path-elsewhere', 'Return-Path:');
    expect(signalIds(trustOf(fixture('marketing-service/esp-aligned-subdomain')))).not.toContain(
      'return-path-elsewhere',
    );
  });

  it('Reply-To in the From organization is no signal', () => {
    const raw = exoBlock({
      authResults: NO_DMARC,
      from: 'billing@adatum.com',
      extra: ['Reply-To: ar@eu.adatum.com'],
    });
    expect(signalIds(trustOf(raw))).not.toContain('reply-to-elsewhere');
  });
});
