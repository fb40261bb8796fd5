import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { organizationalDomain } from '../../src/rules/alignment';
import { diagnoseHeaders } from '../../src/rules';

// The engine's caches outlive a message (the pane stays open all day, the CLI scans whole mailboxes):
// none of them may keep that message's header text alive. A domain read from a header is a slice of it,
// and V8 keeps a slice of 13+ characters as a view into the whole parent string.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const BLOCKS = 20;
const PAD = 1_000_000;

function heapKeptBy(read: (block: string, i: number) => void): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < BLOCKS; i++) {
    const block =
      `X-Pad: ${'y'.repeat(PAD)}${i}\n` +
      `Received: from mta${i}.sender${i}.example.com by mx${i}.receiver${i}.example.org;` +
      ` Mon, 23 Nov 2026 03:00:00 +0000\n` +
      `Authentication-Results: mx${i}.receiver${i}.example.org; spf=pass` +
      ` smtp.mailfrom=bounce${i}.sender${i}.example.com\n` +
      `From: a@Sender${i}.Example.com\n`;
    read(block, i);
  }
  collectGarbage();
  return process.memoryUsage().heapUsed - before;
}

describe('header text after a diagnosis', () => {
  it('is not kept by the organizational-domain cache', () => {
    const kept = heapKeptBy((block, i) => {
      const start = block.indexOf(`mta${i}.`);
      organizationalDomain(block.slice(start, block.indexOf(' by', start)));
    });
    expect(kept).toBeLessThan((BLOCKS * PAD) / 4);
  });

  it('is not kept by anything a diagnosis caches', () => {
    const kept = heapKeptBy((block) => {
      diagnoseHeaders(block);
    });
    expect(kept).toBeLessThan((BLOCKS * PAD) / 4);
  });
});
