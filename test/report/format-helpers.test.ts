import fc from 'fast-check';
import {
  antispamRows,
  formatDelay,
  mapStrings,
  neutralizeControls,
  protocolRows,
} from '../../src/report/format-helpers';
import { wrapWords } from '../../src/report/text-layout';
import { buildDiagnosis } from './diagnosis-builder';

describe('neutralizeControls', () => {
  it('turns whitespace controls into spaces and shows the others as escapes', () => {
    expect(neutralizeControls('a\tb\r\nc\u2028d')).toBe('a b  c d');
    expect(neutralizeControls('\u001b[31mred\u0007\u007f\u009b\u202e\u2066')).toBe(
      '\\x1B[31mred\\x07\\x7F\\x9B\\u202E\\u2066',
    );
    expect(neutralizeControls('Grüße, 日本, émoji 📧')).toBe('Grüße, 日本, émoji 📧');
  });

  it('maps every string of a nested value, keys included, leaving numbers, booleans and null', () => {
    expect(mapStrings({ a: ['x', 1, null, { b: 'y', c: true }] }, (s) => s.toUpperCase())).toEqual({
      A: ['X', 1, null, { B: 'Y', C: true }],
    });
  });

  it('keeps a key named __proto__ as a plain field', () => {
    const copy = mapStrings(JSON.parse('{"__proto__": "x", "a": 1}') as Record<string, unknown>, (s) => s);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});

describe('formatDelay', () => {
  it.each([
    [0, '+0 s'],
    [42, '+42 s'],
    [120, '+2 min'],
    [185, '+3 min 5 s'],
    [7380, '+2 h 3 min'],
    [-4, '-4 s (clock skew between the servers)'],
  ])('%d s → %s', (seconds, text) => expect(formatDelay(seconds)).toBe(text));
});

describe('protocolRows and antispamRows', () => {
  it('gives one row per protocol, saying when a receiver did not report one', () => {
    const rows = protocolRows({
      authservId: null,
      spf: null,
      dkim: [],
      dmarc: null,
      compauth: null,
      arc: null,
    });
    expect(rows.map((row) => row.protocol)).toEqual(['SPF', 'DKIM', 'DMARC', 'compauth', 'ARC']);
    rows.forEach((row) => expect(row.detail).toBe('not reported by the receiving server'));
  });

  it('lists decoded antispam fields first, then raw ones without a meaning', () => {
    const rows = antispamRows(buildDiagnosis().antispam!);
    expect(rows.map((row) => row.field)).toEqual(['CAT', 'SFV', 'SCL', 'SFTY', 'CIP', 'CTRY']);
    expect(rows[5]).toEqual({ field: 'CTRY', value: 'US', meaning: '' });
  });
});

describe('wrapWords', () => {
  it('wraps at word boundaries with a hanging indent', () => {
    expect(wrapWords('alpha beta gamma delta', 16, '- ', '  ')).toEqual(['- alpha beta', '  gamma delta']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapWords('x abcdefghijkl', 8, '> ', '  ')).toEqual(['> x', '  abcdef', '  ghijkl']);
  });

  it('returns the bare prefix for empty text', () => {
    expect(wrapWords('', 10, '* ')).toEqual(['*']);
  });

  it('makes one line of single-spaced words of any space, whether or not the text fits as it is', () => {
    expect(wrapWords('fits as it is', 20, '> ')).toEqual(['> fits as it is']);
    expect(wrapWords(' two  spaces\tand\u00a0others ', 40, '> ')).toEqual(['> two spaces and others']);
    expect(wrapWords('exactly ten', 13, '> ')).toEqual(['> exactly ten']);
    expect(wrapWords('exactly ten', 12, '> ')).toEqual(['> exactly', '> ten']);
  });

  it('keeps every word, in order, on lines no wider than the width (any text)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\t', '\u00a0', 'é'), maxLength: 60 }),
        fc.integer({ min: 4, max: 30 }),
        (text, width) => {
          const lines = wrapWords(text, width, '> ', '  ');
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
          const words = text.split(/\s+/).filter((word) => word !== '');
          expect(
            lines
              .map((line) => line.slice(2))
              .join(' ')
              .split(' ')
              .filter((w) => w !== '')
              .join(''),
          ).toBe(words.join(''));
          // A text that fits once its spaces are single is one line.
          if (words.join(' ').length <= width - 2) expect(lines).toEqual([`> ${words.join(' ')}`.trimEnd()]);
        },
      ),
    );
  });
});
