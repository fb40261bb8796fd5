import { editDistance, lookalikeOf, mixedScripts, skeleton } from '../../../src/rules/trust/lookalike';
import { domainToAscii } from '../../../src/parser/punycode';

const CONTOSO = [{ domain: 'contoso.com', otherEnding: true }];
const PAYPAL = [{ domain: 'paypal.com', otherEnding: false }];

describe('look-alike domains', () => {
  it('folds confusable characters to the letters they imitate', () => {
    expect(skeleton('paypa1')).toBe('paypal');
    expect(skeleton('rnicrosoft')).toBe('microsoft');
    expect(skeleton('раураl')).toBe('paypal'); // Cyrillic р, а, у
    expect(skeleton('contoso')).toBe('contoso');
  });

  it('measures edit distance and gives up past the limit', () => {
    expect(editDistance('contoso', 'contosso', 2)).toBe(1);
    expect(editDistance('contoso', 'cnotoso', 2)).toBe(2);
    expect(editDistance('contoso', 'fabrikam', 2)).toBe(3);
  });

  it('spots mixed alphabets in one name', () => {
    expect(mixedScripts('pаypal')).toEqual(['Latin', 'Cyrillic']);
    expect(mixedScripts('münchen')).toEqual([]);
  });

  it.each([
    ['contos0.com', 'look-alike characters'],
    ['contoso.co', 'another ending (.co instead of .com)'],
    ['contoso-payroll.com', 'adds words'],
    ['mail.contos0-corp.example', 'adds words'],
    ['contoso.com.billing-portal.example', 'in front of another domain'],
    ['contosso.com', 'one character'],
    [domainToAscii('соntoso.com'), 'non-Latin letters'],
  ])('%s imitates contoso.com (%s)', (domain, how) => {
    expect(lookalikeOf(domain, CONTOSO)).toEqual({
      target: 'contoso.com',
      how: expect.stringContaining(how) as string,
    });
  });

  it.each(['contoso.com', 'mail.contoso.com', 'fabrikam.com', 'costco.com', 'contosopharma.com'])(
    '%s does not imitate contoso.com',
    (domain) => {
      expect(lookalikeOf(domain, CONTOSO)).toBeNull();
    },
  );

  it('a brand’s other endings are not flagged (paypal.de is PayPal’s), its typos are', () => {
    expect(lookalikeOf('paypal.de', PAYPAL)).toBeNull();
    expect(lookalikeOf('paypa1.com', PAYPAL)?.target).toBe('paypal.com');
    expect(lookalikeOf('paypal-secure-login.net', PAYPAL)?.how).toContain('adds words');
  });

  it('names a mixed-script domain even when it imitates nothing in the list', () => {
    expect(lookalikeOf(domainToAscii('exаmple.org'), PAYPAL)?.how).toContain('mixes Latin and Cyrillic');
  });
});
