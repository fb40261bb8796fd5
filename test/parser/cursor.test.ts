import { Cursor, wordStops } from '../../src/parser/cursor';

describe('Cursor.skipWord', () => {
  // Words with escapes, a trailing backslash, stops, whitespace, comments and non-ASCII characters.
  const texts = ['abc=d', '\\"x"\\', 'a\\;b;c', '\\', '=x', '', ' x', '(c)x', 'ünï.cöde/2', '\\\\"', 'x\\'];

  const stops = wordStops(';=/.');

  it('stops where readWord stops and is true exactly when readWord reads a non-empty word', () => {
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        const reader = new Cursor(text);
        const skipper = new Cursor(text);
        reader.pos = at;
        skipper.pos = at;
        const word = reader.readWord(stops);
        expect([text, at, skipper.skipWord(stops), skipper.pos]).toEqual([
          text,
          at,
          word.length > 0,
          reader.pos,
        ]);
      }
    }
  });
});
