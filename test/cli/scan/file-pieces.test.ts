import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitMbox } from '../../../src/messages/mbox';
import { type Piece, filePieces } from '../../../src/cli/scan/file-pieces';

const SAMPLES = join(__dirname, '..', 'samples');
const EXO = readFileSync(join(SAMPLES, 'exo-compauth-001.eml'), 'latin1');
const GMAIL = readFileSync(join(SAMPLES, 'gmail-pass.eml'), 'latin1');

async function* chunked(text: string, size: number): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(text, 'latin1');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function pieces(text: string, size: number, maxBytes = 1024 * 1024): Promise<Piece[]> {
  const out: Piece[] = [];
  for await (const piece of filePieces(chunked(text, size), 'box.mbox', maxBytes)) out.push(piece);
  return out;
}

const texts = (list: Piece[]): string[] =>
  list.map((piece) =>
    'bytes' in piece ? Buffer.from(piece.bytes).toString('latin1') : `ERROR ${piece.error}`,
  );

const POSTMARK = 'From MAILER-DAEMON Mon Dec  1 00:00:00 2026';
const mbox = (...messages: string[]): string =>
  messages.map((message) => `${POSTMARK}\n${message.trimEnd()}\n\n`).join('');

describe('filePieces: a file, split while it streams', () => {
  const box = mbox(
    EXO,
    GMAIL,
    'Subject: third\n\nbody\nFrom the body: not a postmark, no empty line before\n',
    EXO,
  );

  it.each([1, 2, 5, 7, 64, 1000, 1 << 20])(
    'gives the same messages as splitMbox whatever the chunk size (%i bytes)',
    async (size) => {
      const list = await pieces(box, size);
      expect(texts(list)).toEqual(splitMbox(box).map((m, i, all) => (i < all.length - 1 ? `${m}\n` : m)));
      expect(list.map((piece) => piece.index)).toEqual([1, 2, 3, 4]);
      // Every byte of the file is counted once, for the progress line.
      expect(list.reduce((sum, piece) => sum + piece.size, 0)).toBe(box.length);
    },
  );

  it('splits an mbox with CRLF line ends and a body line "From " after an empty line only at postmarks', async () => {
    const crlf = mbox(GMAIL, EXO).replace(/\n/g, '\r\n');
    const list = await pieces(crlf, 3);
    expect(list).toHaveLength(2);
    expect(texts(list)[1].startsWith(`${POSTMARK}\r\n`)).toBe(true);
  });

  it('gives a file that does not start with a postmark whole, with no index', async () => {
    const list = await pieces(`${EXO}\n\n${POSTMARK}\n${GMAIL}`, 10);
    expect(list).toHaveLength(1);
    expect(list[0].index).toBeNull();
    expect(texts(list)[0]).toBe(`${EXO}\n\n${POSTMARK}\n${GMAIL}`);
  });

  it('gives a short file without a line end whole', async () => {
    expect(texts(await pieces('From x', 2))).toEqual(['From x']);
  });

  it('refuses a whole file past the limit as soon as it passes it', async () => {
    let chunksRead = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      for (;;) {
        chunksRead++;
        yield new Uint8Array(1000).fill(0x41);
      }
    }
    const out: Piece[] = [];
    for await (const piece of filePieces(endless(), 'zero', 5000)) out.push(piece);
    expect(out).toEqual([
      {
        index: null,
        error: 'zero: input too large (the limit is 4.9 KB; raise it with --max-size)',
        size: 6000,
      },
    ]);
    expect(chunksRead).toBe(6);
  });

  it('skips an mbox message past the limit to the next postmark, keeping the others whole', async () => {
    const huge = `Subject: huge\n\n${'x'.repeat(200)}\n`.repeat(200);
    const text = mbox(GMAIL, huge, EXO);
    for (const size of [7, 4096, 1 << 20]) {
      const list = await pieces(text, size, 10_000);
      expect(texts(list)).toEqual([
        `${POSTMARK}\n${GMAIL.trimEnd()}\n\n`,
        'ERROR box.mbox message 2: input too large (the limit is 9.8 KB; raise it with --max-size)',
        `${POSTMARK}\n${EXO.trimEnd()}\n\n`,
      ]);
      expect(list.map((piece) => piece.index)).toEqual([1, 2, 3]);
      expect(list.reduce((sum, piece) => sum + piece.size, 0)).toBe(text.length);
    }
  });

  it('reports a last mbox message past the limit', async () => {
    const list = await pieces(mbox(GMAIL, 'x'.repeat(20_000)), 512, 10_000);
    expect(texts(list)[1]).toBe(
      'ERROR box.mbox message 2: input too large (the limit is 9.8 KB; raise it with --max-size)',
    );
  });
});
