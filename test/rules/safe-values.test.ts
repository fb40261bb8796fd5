/**
 * Header values reach commands an admin copies into PowerShell or DNS. Every field that can reach a fix
 * (domains, selectors, IPs, sealers, names) is fed an injection corpus: what comes out is either a value
 * made only of the bytes its grammar allows, or a placeholder plus a reason that shows the bad bytes
 * visibly and never applies them.
 */
import {
  hasInvisible,
  powershellArgument,
  powershellQuote,
  safeHostname,
  safeIpLiteral,
  safeSelector,
  showInvisible,
  type SafeValue,
} from '../../src/rules/safe-values';
import { domainToAscii } from '../../src/parser/punycode';

const INJECTIONS = [
  'evil.example|calc',
  'evil.example;calc',
  'evil.example&calc',
  'evil.example$(calc)',
  'evil.example`calc`',
  "evil.example'; calc; '",
  'evil.example"; calc; "',
  'evil.example\u2019; calc; \u2019',
  'evil.example\ncalc',
  'evil.example\r\nSet-ArcConfig -Identity Default -ArcTrustedSealers evil.example',
  'evil.example\u0000calc',
  'evil\u202Eelpmaxe.com',
  'ev\u200Bil.example',
  'ev\u2066il\u2069.example',
  'evil.example\uFEFF',
  'pаypal.com', // Cyrillic а: valid only as its xn-- form
  `${'a'.repeat(64)}.example`,
  `${'abcdefghi.'.repeat(26)}example`,
  '-evil.example',
  'evil-.example',
  'evil..example',
  '.',
  '',
  ' evil.example',
  'evil.example/../x',
  'evil.example%0acalc',
  'xn--zz!!.example',
  'xn--ab-fsf.example', // decodes to a zero-width joiner
  '192.0.2.1|calc',
  '[192.0.2.1];calc',
  '2001:db8::1%eth0',
  '2001:db8::1$(calc)',
  '999.1.1.1',
  '010.1.1.1',
  '1.2.3.4.5',
  '1:2:3:4:5:6:7:8:9',
  ':::1',
  'selector1._domainkey.evil.example;calc',
];

const LDH_VALUE = /^[a-z0-9.-]+$/;
const IP_VALUE = /^[0-9a-f.:]+$/;
const PLACEHOLDER = /^<[A-Za-z ]+>$/;

function expectSafe(result: SafeValue, allowed: RegExp): void {
  if (result.ok) {
    expect(result.value).toMatch(allowed);
    expect(hasInvisible(result.display)).toBe(false);
  } else {
    expect(result.placeholder).toMatch(PLACEHOLDER);
    expect(hasInvisible(result.reason)).toBe(false);
    expect(result.reason).toContain(result.placeholder);
  }
}

describe('safe values for commands and records', () => {
  it.each(INJECTIONS)('%j: no unvalidated byte survives any validator', (raw) => {
    expectSafe(safeHostname(raw, 'sending domain'), LDH_VALUE);
    expectSafe(safeSelector(raw, 'DKIM selector'), LDH_VALUE);
    expectSafe(safeIpLiteral(raw, 'sending IP'), IP_VALUE);
    const argument = powershellArgument(raw, 'sealer');
    if (argument.ok) {
      // Inside single quotes only a quote character can end the string, and each one is doubled.
      const inner = argument.value.slice(1, -1);
      expect(inner.replace(/(['\u2018\u2019\u201a\u201b])\1/g, '')).not.toMatch(
        /['\u2018\u2019\u201a\u201b]/,
      );
      expect(argument.value).toMatch(/^'.*'$/s);
      expect(hasInvisible(argument.value)).toBe(false);
    } else {
      expect(argument.placeholder).toBe('<sealer>');
    }
  });

  it('keeps valid host names, lower-cased and without the root dot', () => {
    expect(safeHostname('Mail.Contoso.COM.', 'sending domain')).toEqual({
      ok: true,
      value: 'mail.contoso.com',
      display: 'mail.contoso.com',
    });
  });

  it('writes an IDN as punycode, with its Unicode form for display', () => {
    expect(safeHostname('bücher.example', 'sending domain')).toEqual({
      ok: true,
      value: 'xn--bcher-kva.example',
      display: 'xn--bcher-kva.example (bücher.example)',
    });
    const cyrillic = safeHostname('pаypal.com', 'sending domain');
    expect(cyrillic.ok && cyrillic.value.startsWith('xn--')).toBe(true);
  });

  it('turns a rejected value into a placeholder and a reason that shows what was wrong', () => {
    expect(safeHostname('evil.example|calc', 'sending domain')).toEqual({
      ok: false,
      placeholder: '<sending domain>',
      reason:
        'The sending domain "evil.example|calc" is not a valid host name: it has the character "|", not a letter, digit or hyphen, so <sending domain> stands in its place.',
    });
    const bidi = safeHostname('evil\u202Eelpmaxe.com', 'sending domain');
    expect(bidi.ok ? '' : bidi.reason).toContain('⟨U+202E⟩');
  });

  it('refuses an "xn--" label that hides a zero-width character', () => {
    const hidden = domainToAscii('pay\u200Dpal.com');
    expect(hidden).toMatch(/^xn--/);
    expect(safeHostname(hidden, 'sending domain')).toMatchObject({
      ok: false,
      placeholder: '<sending domain>',
    });
  });

  it('refuses single labels and names ending in a number', () => {
    expect(safeHostname('localhost', 'sending domain').ok).toBe(false);
    expect(safeHostname('192.0.2.1', 'sending domain').ok).toBe(false);
  });

  it('accepts IPv4 and IPv6 literals, with Received brackets removed', () => {
    expect(safeIpLiteral('203.0.113.130', 'sending IP')).toMatchObject({ ok: true, value: '203.0.113.130' });
    expect(safeIpLiteral('[198.51.100.7]', 'sending IP')).toMatchObject({ ok: true, value: '198.51.100.7' });
    expect(safeIpLiteral('2603:10B6:806:238::9', 'sending IP')).toMatchObject({
      ok: true,
      value: '2603:10b6:806:238::9',
    });
    expect(safeIpLiteral('::ffff:192.0.2.1', 'sending IP')).toMatchObject({ ok: true });
    expect(safeIpLiteral('1:2:3:4:5:6:7:8', 'sending IP')).toMatchObject({ ok: true });
    expect(safeIpLiteral('1:2:3:4:5:6:7::8', 'sending IP').ok).toBe(false);
  });

  it('accepts DKIM selectors as labels', () => {
    expect(safeSelector('selector1', 'DKIM selector')).toMatchObject({ ok: true, value: 'selector1' });
    expect(safeSelector('s1024.2026-11', 'DKIM selector')).toMatchObject({ ok: true });
    expect(safeSelector('sel_1', 'DKIM selector').ok).toBe(false);
  });

  it('single-quotes PowerShell arguments, doubling every quote character PowerShell knows', () => {
    expect(powershellQuote('contoso.com')).toBe("'contoso.com'");
    expect(powershellQuote("O'Brien")).toBe("'O''Brien'");
    expect(powershellQuote('a\u2019b')).toBe("'a\u2019\u2019b'");
    expect(powershellQuote('$(calc)')).toBe("'$(calc)'");
  });

  it('shows invisible and direction-changing characters, never applies them', () => {
    expect(showInvisible('pay\u200Bpal')).toBe('pay⟨U+200B⟩pal');
    expect(showInvisible('a\u202Eb\u2066c\u0000')).toBe('a⟨U+202E⟩b⟨U+2066⟩c⟨U+0000⟩');
    expect(showInvisible('münchen')).toBe('münchen');
  });
});
