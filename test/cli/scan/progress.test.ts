import { Progress, progressLine } from '../../../src/cli/scan/progress';

describe('the scan progress line', () => {
  it('shows the bar, the share done, the count, the rate and the time left', () => {
    expect(progressLine({ messages: 2500, bytesDone: 25, bytesTotal: 100, elapsedMs: 10_000 })).toBe(
      '[#####---------------] 25% 2,500 messages 250/s ETA 0:30',
    );
    expect(progressLine({ messages: 9, bytesDone: 1, bytesTotal: 1000, elapsedMs: 4_000_000 })).toBe(
      '[--------------------] 0% 9 messages 0/s ETA 1110h00m',
    );
    // Nothing done yet, or everything: no estimate to give.
    expect(progressLine({ messages: 0, bytesDone: 0, bytesTotal: 100, elapsedMs: 0 })).toBe(
      '[--------------------] 0% 0 messages 0/s',
    );
    expect(progressLine({ messages: 7, bytesDone: 100, bytesTotal: 100, elapsedMs: 1000 })).toBe(
      '[####################] 100% 7 messages 7/s',
    );
  });

  function progress(isTTY: boolean) {
    let written = '';
    let clock = 0;
    const bar = new Progress({ isTTY, write: (text: string) => (written += text) }, () => clock);
    return { bar, tick: (ms: number) => (clock += ms), written: () => written };
  }

  it('writes nothing when standard error is not a terminal', () => {
    const { bar, tick, written } = progress(false);
    for (let i = 1; i <= 10; i++) {
      tick(1000);
      bar.update(i, i, 10);
    }
    bar.finish();
    expect(written()).toBe('');
  });

  it('redraws a terminal line at most every 100 ms, and erases it at the end', () => {
    const { bar, tick, written } = progress(true);
    tick(50);
    bar.update(1, 1, 4);
    tick(50);
    bar.update(2, 2, 4);
    tick(60);
    bar.update(3, 3, 4);
    bar.finish();
    expect(written()).toBe(
      '\r\x1b[K[#####---------------] 25% 1 messages 20/s ETA 0:00' +
        '\r\x1b[K[###############-----] 75% 3 messages 19/s ETA 0:00' +
        '\r\x1b[K',
    );
  });

  it('erases nothing when it never drew', () => {
    const { bar, written } = progress(true);
    bar.finish();
    expect(written()).toBe('');
  });
});
