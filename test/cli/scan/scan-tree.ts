/**
 * The tree the scan tests read: nested folders, .eml files, a header-only block, an mbox (with a message
 * that has no header fields), a file with no header fields, a binary file, an empty folder and a link to
 * nowhere (a file that cannot be read, even by root).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const sample = (name: string): string => readFileSync(join(ROOT, 'test/cli/samples', name), 'latin1');
const fixture = (name: string): string => readFileSync(join(ROOT, 'test/fixtures', name), 'latin1');

export const EXO = sample('exo-compauth-001.eml');
export const GMAIL = sample('gmail-pass.eml');
export const HEADERS = fixture('exchange-online/dkim-fail-only.eml');
export const YAHOO = fixture('yahoo/yahoo-spf-softfail-dmarc-fail.eml');

const POSTMARK = 'From MAILER-DAEMON Mon Dec  1 00:00:00 2026';

export function makeScanTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'auth-doctor-scan-'));
  mkdirSync(join(root, 'inbox/nested/deep'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'inbox/exo.eml'), EXO, 'latin1');
  writeFileSync(join(root, 'inbox/nested/deep/gmail.eml'), GMAIL, 'latin1');
  writeFileSync(join(root, 'inbox/headers.txt'), HEADERS, 'latin1');
  writeFileSync(
    join(root, 'export.mbox'),
    [YAHOO, 'just some words, no header field\n', GMAIL]
      .map((message) => `${POSTMARK}\n${message.trimEnd()}\n\n`)
      .join(''),
    'latin1',
  );
  writeFileSync(join(root, 'broken.txt'), 'hello world\n');
  writeFileSync(join(root, 'binary.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
  symlinkSync(join(root, 'nowhere.eml'), join(root, 'unreadable.eml'));
  return root;
}
