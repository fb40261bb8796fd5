import { domainsInName } from '../../../src/rules/trust/signals/display-name';
import { exoBlock } from '../helpers';
import { signalIds, signalOn, trustOf } from './helpers';

const PASSING =
  'spf=pass (sender IP is 198.51.100.9)\n smtp.mailfrom=tailspintoys.example; dkim=pass (signature was verified)\n header.d=tailspintoys.example;dmarc=pass action=none\n header.from=tailspintoys.example;compauth=pass reason=100';

describe('display-name-address signal', () => {
  it('finds addresses and domains written in a display name', () => {
    expect(domainsInName('ceo@contoso.com')).toEqual(['contoso.com']);
    expect(domainsInName('Megan Bowen (contoso.com)')).toEqual(['contoso.com']);
    expect(domainsInName('Bowen, Megan')).toEqual([]);
    expect(domainsInName('Version 2.0 notes')).toEqual([]);
  });

  it('a name showing another organization’s address is impersonation, even when the sender authenticates', () => {
    const raw = exoBlock({
      authResults: PASSING,
      connecting: 'mail.tailspintoys.example (198.51.100.9)',
      from: '"megan.bowen@contoso.com" <x7@tailspintoys.example>',
    });
    const trust = trustOf(raw);
    expect(trust.level).toBe('suspicious');
    const signal = signalOn(raw, trust, 'display-name-address', 'From:');
    expect(signal.text).toContain('shows contoso.com');
  });

  it('a name hiding a right-to-left override is shown with the character made visible', () => {
    const raw = exoBlock({
      authResults: PASSING,
      connecting: 'mail.tailspintoys.example (198.51.100.9)',
      from: '"Invoice \u202Efdp.exe" <billing@tailspintoys.example>',
    });
    const signal = signalOn(raw, trustOf(raw), 'display-name-address', 'From:');
    expect(signal.text).toContain('⟨U+202E⟩');
    expect(signal.text).not.toContain('\u202E');
  });

  it('a name with the sender’s own domain is no signal', () => {
    const raw = exoBlock({
      authResults: PASSING,
      connecting: 'mail.tailspintoys.example (198.51.100.9)',
      from: '"billing@tailspintoys.example" <billing@tailspintoys.example>',
    });
    expect(signalIds(trustOf(raw))).not.toContain('display-name-address');
  });
});
