import { trimmedSlice } from '../../src/parser/trimmed';

describe('trimmedSlice', () => {
  it.each([
    ['CIP:203.0.113.20', 0, 3],
    ['  SFV : NSPM ;', 0, 8],
    ['  SFV : NSPM ;', 7, 13],
    ['\t\r\n \u000b\f', 0, 6],
    ['a\u00a0 x \u2003', 1, 6],
    ['\u3000ключ ', 0, 6],
    ['abc', 1, 1],
  ])('%j [%i, %i) is slice then trim', (text, start, end) => {
    expect(trimmedSlice(text, start, end)).toBe(text.slice(start, end).trim());
  });
});
