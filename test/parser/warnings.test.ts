import { lineOf } from '../../src/parser/fields';
import type { HeaderField } from '../../src/parser/types';
import { WarningSink } from '../../src/parser/warnings';

describe('WarningSink', () => {
  it('composes a message given as a function only for the warnings it keeps', () => {
    const sink = new WarningSink();
    const composed: number[] = [];
    for (let i = 0; i < 250; i++) {
      sink.add('DKIM-Signature', i + 1, () => {
        composed.push(i);
        return `repeat ${i}`;
      });
    }
    const list = sink.finish();
    // 200 kept (the block's cap), then one summary of the 50 dropped.
    expect(composed).toHaveLength(200);
    expect(list[0]).toEqual({ header: 'DKIM-Signature', line: 1, message: 'repeat 0' });
    expect(list[199].message).toBe('repeat 199');
    expect(list[200].message).toMatch(/^50 further parse warning/);
  });

  it('keeps string and function messages alike under the per-field cap', () => {
    const sink = new WarningSink();
    for (let i = 0; i < 12; i++) sink.add('ARC-Seal', 3, i % 2 ? `text ${i}` : () => `lazy ${i}`);
    const list = sink.finish();
    expect(list.slice(0, 10).map((w) => w.message)).toEqual([
      'lazy 0',
      'text 1',
      'lazy 2',
      'text 3',
      'lazy 4',
      'text 5',
      'lazy 6',
      'text 7',
      'lazy 8',
      'text 9',
    ]);
    expect(list[10].message).toMatch(/^2 further parse warning/);
  });

  it('places a warning about part of a field on the line of that part, as add with lineOf does', () => {
    const field: HeaderField = {
      name: 'DKIM-Signature',
      key: 'dkim-signature',
      value: 'v=1; d=a.example; d=b.example; d=c.example',
      line: 7,
      foldOffsets: [17, 31],
    };
    const byOffset = new WarningSink();
    const byLine = new WarningSink();
    for (const offset of [0, 16, 17, 30, 31, 40]) {
      byOffset.addAt(field, offset, () => `at ${offset}`);
      byLine.add(field.name, lineOf(field, offset), `at ${offset}`);
    }
    expect(byOffset.finish()).toEqual(byLine.finish());
    expect(byLine.list.map((w) => w.line)).toEqual([7, 7, 8, 8, 9, 9]);
  });

  it('only counts a warning about part of a field once the block cap is reached', () => {
    const sink = new WarningSink();
    for (let i = 0; i < 200; i++) sink.add('X', i, 'filler');
    const field: HeaderField = {
      name: 'ARC-Seal',
      key: 'arc-seal',
      value: 'i=1',
      line: 1,
      foldOffsets: [],
    };
    let composed = 0;
    sink.addAt(field, 0, () => `${++composed}`);
    expect(composed).toBe(0);
    expect(sink.finish().at(-1)?.message).toMatch(/^1 further parse warning/);
  });

  it('gives a message function the field and the offset it is about', () => {
    const field: HeaderField = {
      name: 'DKIM-Signature',
      key: 'dkim-signature',
      value: 'v=1; d=a.example; d=b.example',
      line: 4,
      foldOffsets: [],
    };
    const sink = new WarningSink();
    const repeated = (f: HeaderField, offset: number): string =>
      `${f.name}: "${f.value.slice(offset, offset + 12)}"`;
    sink.addAt(field, 17, repeated);
    expect(sink.finish()).toEqual([
      { header: 'DKIM-Signature', line: 4, message: 'DKIM-Signature: " d=b.example"' },
    ]);
  });
});
