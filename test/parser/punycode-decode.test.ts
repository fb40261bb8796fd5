import { domainToAscii, domainToUnicode, punycodeDecode } from '../../src/parser/punycode';

describe('punycodeDecode / domainToUnicode', () => {
  it('reverses domainToAscii for real IDNs and for Cyrillic look-alikes', () => {
    for (const domain of ['münchen.de', 'раураl.com', 'bücher.example', '例え.テスト', 'a-b.com']) {
      expect(domainToUnicode(domainToAscii(domain))).toBe(domain.normalize('NFKC').toLowerCase());
    }
  });

  it('decodes the RFC 3492 sample label and refuses text that is not Punycode', () => {
    expect(punycodeDecode('bcher-kva')).toBe('bücher');
    expect(punycodeDecode('!!')).toBeNull();
    expect(punycodeDecode('ü-abc')).toBeNull();
    expect(domainToUnicode('xn--!!.example')).toBe('xn--!!.example');
  });
});
