import { OrderedResults } from '../../../src/cli/scan/ordered-results';

describe('OrderedResults', () => {
  it('hands results out in admission order whatever order they finish in', async () => {
    const out: string[] = [];
    const results = new OrderedResults<string>(10, 100, (result) => out.push(result));
    const [a, b, c] = [await results.admit(1), await results.admit(1), await results.admit(1)];
    c('c');
    b('b');
    expect(out).toEqual([]);
    a('a');
    expect(out).toEqual(['a', 'b', 'c']);
    await results.drained();
  });

  it('admits no more than maxPending results not yet handed out', async () => {
    const results = new OrderedResults<number>(2, 1000, () => undefined);
    const first = await results.admit(0);
    const second = await results.admit(0);
    let third = false;
    const waiting = results.admit(0).then((hand) => {
      third = true;
      return hand;
    });
    second(2);
    await new Promise((resolve) => setImmediate(resolve));
    // The second finished but waits for the first: still two pending.
    expect(third).toBe(false);
    first(1);
    (await waiting)(3);
    expect(third).toBe(true);
    await results.drained();
  });

  it('waits while the bytes in flight would pass the limit, but admits a large task alone', async () => {
    const results = new OrderedResults<number>(10, 100, () => undefined);
    const small = await results.admit(60);
    let large = false;
    const waiting = results.admit(500).then((hand) => {
      large = true;
      return hand;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(large).toBe(false);
    small(1);
    (await waiting)(2);
    expect(large).toBe(true);
    await results.drained();
  });
});
