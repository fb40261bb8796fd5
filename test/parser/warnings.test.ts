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
});
