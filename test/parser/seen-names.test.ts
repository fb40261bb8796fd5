import { nameHash, SeenNames } from '../../src/parser/seen-names';
import { parseTagList } from '../../src/parser/tag-list';
import type { HeaderField } from '../../src/parser/types';
import { WarningSink } from '../../src/parser/warnings';

/** Two different ASCII names with the same nameHash (found once by a search over `t` + base-36 numbers). */
function collidingNames(): [string, string] {
  return ['t7pfs', 'tovja'];
}

function field(value: string): HeaderField {
  return {
    name: 'DKIM-Signature',
    key: 'dkim-signature',
    value,
    line: 1,
    foldOffsets: [],
  };
}

describe('SeenNames', () => {
  it('finds a name by its place in a text, whatever its case', () => {
    const seen = new SeenNames();
    seen.add('bh');
    const text = 'x; BH=1; Bh =2; b=3';
    expect(seen.hasRange(text, 3, 5, nameHash(text, 3, 5))).toBe(true);
    expect(seen.hasRange(text, 9, 11, nameHash(text, 9, 11))).toBe(true);
    expect(seen.hasRange(text, 16, 17, nameHash(text, 16, 17))).toBe(false);
    expect(seen.has('bh')).toBe(true);
    expect(seen.has('b')).toBe(false);
  });

  it('tells apart names that share a hash, and keeps both', () => {
    const [first, second] = collidingNames();
    expect(nameHash(first, 0, first.length)).toBe(nameHash(second, 0, second.length));
    const seen = new SeenNames();
    seen.add(first);
    expect(seen.has(second)).toBe(false);
    seen.add(second);
    expect(seen.has(first)).toBe(true);
    expect(seen.has(second)).toBe(true);
    const text = `${second.toUpperCase()}=1`;
    expect(seen.hasRange(text, 0, second.length, nameHash(text, 0, second.length))).toBe(true);
  });

  it('keeps names with non-ASCII characters by their text', () => {
    expect(nameHash('dé', 0, 2)).toBe(-1);
    const seen = new SeenNames();
    seen.add('dé');
    expect(seen.has('dé')).toBe(true);
    expect(seen.has('de')).toBe(false);
  });
});

describe('parseTagList names', () => {
  it('warns about each repeat of a name, in any case and spacing, and keeps the first value', () => {
    const [first, second] = collidingNames();
    const warnings = new WarningSink();
    const tags = parseTagList(
      field(
        `v=1; d=a.example; D =b.example;\t d\t= c.example; ${first}=1; ${second}=2; ${second.toUpperCase()}=3`,
      ),
      warnings,
    );
    expect(tags).toEqual({ v: '1', d: 'a.example', [first]: '1', [second]: '2' });
    expect(warnings.finish().map((w) => w.message)).toEqual([
      'Tag "d" appears twice: the first is used',
      'Tag "d" appears twice: the first is used',
      `Tag "${second}" appears twice: the first is used`,
    ]);
  });

  it('lower-cases and trims a non-ASCII name as the runtime does, and finds its ASCII equal', () => {
    // U+212A KELVIN SIGN lower-cases to "k"; U+00A0 is whitespace that trim removes.
    const warnings = new WarningSink();
    const tags = parseTagList(field('\u00a0\u212A=1; k=2; \u00a0=3; é=4; É=5'), warnings);
    expect(tags).toEqual({ k: '1', é: '4' });
    expect(warnings.finish().map((w) => w.message)).toEqual([
      'Tag "k" appears twice: the first is used',
      'Tag with an empty name: skipped',
      'Tag "é" appears twice: the first is used',
    ]);
  });
});
