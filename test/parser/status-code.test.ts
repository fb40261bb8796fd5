import { firstStatusCode, statusCodesIn } from '../../src/parser/status-code';
import { parseHeaders } from '../../src/parser';
import { lookupNdrCode } from '../../src/rules/knowledge';

describe('the one enhanced status code pattern', () => {
  it('finds codes, not version numbers or addresses', () => {
    expect(statusCodesIn('550 5.7.23 rejected; server 15.20.1234.5 at 10.5.7.23, then 4.7.26')).toEqual([
      { code: '5.7.23', index: 4 },
      { code: '4.7.26', index: 60 },
    ]);
    expect(firstStatusCode('Remote Server returned 550 5.7.023')).toBe('5.7.23');
    expect(firstStatusCode('version 1.2.3.4')).toBeNull();
  });

  it('is what the NDR table is looked up with', () => {
    expect(lookupNdrCode("Remote Server returned '550 5.7.509 Access denied'")?.code).toBe('5.7.509');
  });

  it('keeps class 2 (success) out of the NDR statuses', () => {
    const parsed = parseHeaders('Diagnostic-Code: smtp; 250 2.0.0 OK\nStatus: 5.7.1');
    expect(parsed.ndr.map((n) => n.code)).toEqual(['5.7.1']);
  });
});
