import { trimmedSlice } from '../../src/parser/trimmed-slice';

describe('trimmedSlice', () => {
  it('equals slice then trim, for ASCII and Unicode whitespace at either end', () => {
    const samples = [
      ' \t d \r\n',
      'plain',
      '',
      '   ',
      '\u00a0 x\u3000',
      '\ufeffname\u2028',
      ' é ',
      '\u0085x\u0085',
      '\v\fkey\f\v',
    ];
    for (const text of samples) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          expect(trimmedSlice(text, start, end)).toBe(text.slice(start, end).trim());
        }
      }
    }
  });
});
