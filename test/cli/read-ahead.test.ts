import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { type FakeFile, fakeIo } from './fake-io';

const GMAIL = readFileSync(join(__dirname, 'samples', 'gmail-pass.eml'));

describe('auth-doctor with many files', () => {
  it('reads up to four files ahead of the one it waits for, and reports in the order given', async () => {
    const opened: string[] = [];
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const files: Record<string, FakeFile> = {};
    for (let n = 1; n <= 8; n++) {
      const name = `m${n}.eml`;
      files[name] = {
        chunks: async function* () {
          opened.push(name);
          // The first file is slow: the others must not wait for it to be read.
          if (n === 1) await released;
          yield GMAIL;
        },
      };
    }
    const io = fakeIo(files);
    const done = run(['--json', ...Object.keys(files)], io);
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened).toEqual(['m1.eml', 'm2.eml', 'm3.eml', 'm4.eml']);
    release();
    expect(await done).toBe(0);
    expect(opened).toHaveLength(8);
    const printed = io
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { file: string }).file);
    expect(printed).toEqual(Object.keys(files));
  });

  it('reports a file that fails while read ahead in its turn, after the files before it', async () => {
    const io = fakeIo({ 'a.eml': GMAIL, 'gone.eml': { error: 'ENOENT' }, 'c.eml': GMAIL });
    expect(await run(['--json', 'a.eml', 'gone.eml', 'c.eml'], io)).toBe(2);
    expect(io.err()).toBe('auth-doctor: no such file: gone.eml\n');
    // The failed file keeps its line in the JSON run, between the files around it.
    const lines = io
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; error?: string });
    expect(lines.map(({ file, error }) => [file, error ?? null])).toEqual([
      ['a.eml', null],
      ['gone.eml', 'no such file: gone.eml'],
      ['c.eml', null],
    ]);
  });
});
