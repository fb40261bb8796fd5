/**
 * The tree the scan tests read: nested folders, .eml files (one carrying a forwarded original), a
 * header-only block, an Outlook .msg with an attached Outlook item, a small mbox (with a message that has
 * no header fields), an mbox of 1.2 MB, a file with no header fields, a binary file, an empty folder and a
 * link to nowhere (a file that cannot be read, even by root).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMsg } from '../../support/outlook-msg';

const ROOT = join(__dirname, '..', '..', '..');
const sample = (name: string): string => readFileSync(join(ROOT, 'test/cli/samples', name), 'latin1');
const fixture = (name: string): string => readFileSync(join(ROOT, 'test/fixtures', name), 'latin1');

const EXO = sample('exo-compauth-001.eml');
const GMAIL = sample('gmail-pass.eml');
const HEADERS = fixture('exchange-online/dkim-fail-only.eml');
const YAHOO = fixture('yahoo/yahoo-spf-softfail-dmarc-fail.eml');

const POSTMARK = 'From MAILER-DAEMON Mon Dec  1 00:00:00 2026';

/** A message's header block with CRLF line ends, as Outlook keeps the internet headers. */
const headerBlock = (message: string): string => {
  const end = message.indexOf('\n\n');
  return (end === -1 ? message : message.slice(0, end + 1)).replace(/\n/g, '\r\n');
};

/** EXO's headers over a multipart body that carries YAHOO's message as a forwarded attachment. */
const FORWARDED =
  EXO.slice(0, EXO.indexOf('Content-Type:')) +
  'Content-Type: multipart/mixed; boundary="fwd"\n\n--fwd\nContent-Type: text/plain\n\nSee attached.\n' +
  `--fwd\nContent-Type: message/rfc822\n\n${YAHOO}\n--fwd--\n`;

/** What classic Outlook saves: GMAIL's internet headers, and HEADERS' message attached as an Outlook item. */
const OUTLOOK_MSG = buildMsg({
  headers: headerBlock(GMAIL),
  subject: 'Report',
  attachments: [{ kind: 'item', name: 'Customs', message: { headers: headerBlock(HEADERS) } }],
});

export function makeScanTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'auth-doctor-scan-'));
  mkdirSync(join(root, 'inbox/nested/deep'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'inbox/exo.eml'), EXO, 'latin1');
  writeFileSync(join(root, 'inbox/nested/deep/gmail.eml'), GMAIL, 'latin1');
  writeFileSync(join(root, 'inbox/headers.txt'), HEADERS, 'latin1');
  writeFileSync(join(root, 'inbox/forwarded.eml'), FORWARDED, 'latin1');
  writeFileSync(join(root, 'inbox/report.msg'), OUTLOOK_MSG);
  writeFileSync(
    join(root, 'export.mbox'),
    [YAHOO, 'just some words, no header field\n', GMAIL]
      .map((message) => `${POSTMARK}\n${message.trimEnd()}\n\n`)
      .join(''),
    'latin1',
  );
  // Past the size the workers read themselves: streamed and split by the main thread.
  const body = `\n${'x'.repeat(79)}\n`.repeat(5000);
  writeFileSync(
    join(root, 'big.mbox'),
    [GMAIL, EXO, HEADERS].map((message) => `${POSTMARK}\n${message.trimEnd()}\n${body}\n`).join(''),
    'latin1',
  );
  writeFileSync(join(root, 'broken.txt'), 'hello world\n');
  writeFileSync(join(root, 'binary.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
  symlinkSync(join(root, 'nowhere.eml'), join(root, 'unreadable.eml'));
  return root;
}

const NO_FIELDS = '"no header fields (expected lines like ""Authentication-Results: ..."")"';

/**
 * The tree's CSV, with ROOT for the tree's path: what the in-process scan and the bundled CLI's worker
 * threads must both print.
 */
export const TREE_CSV_ROWS = [
  'file,index,attachment,from,domain,verdict,trust,top_finding,owner,ip,error',
  'ROOT/big.mbox,1,,billing@contoso.com,contoso.com,pass,verified,authenticated,none,198.51.100.25,',
  'ROOT/big.mbox,2,,chris@fabrikam.com,fabrikam.com,fail,suspicious,no-authentication,sender-admin,10.2.3.4,',
  'ROOT/big.mbox,3,,customs@wideworldimporters.com,wideworldimporters.com,attention,verified,dkim-fail,sender-admin,198.51.100.19,',
  'ROOT/binary.bin,,,,,,,,,,ROOT/binary.bin does not look like a text header block',
  `ROOT/broken.txt,1,,,,,,,,,${NO_FIELDS}`,
  'ROOT/export.mbox,1,,news@adatum.com,adatum.com,fail,suspicious,spf-fail,sender-admin,198.51.100.187,',
  `ROOT/export.mbox,2,,,,,,,,,${NO_FIELDS}`,
  'ROOT/export.mbox,3,,billing@contoso.com,contoso.com,pass,verified,authenticated,none,198.51.100.25,',
  'ROOT/inbox/exo.eml,1,,chris@fabrikam.com,fabrikam.com,fail,suspicious,no-authentication,sender-admin,10.2.3.4,',
  'ROOT/inbox/forwarded.eml,1,,chris@fabrikam.com,fabrikam.com,fail,suspicious,no-authentication,sender-admin,10.2.3.4,',
  'ROOT/inbox/forwarded.eml,1,attached message 1 of 1,news@adatum.com,adatum.com,fail,suspicious,spf-fail,sender-admin,198.51.100.187,',
  'ROOT/inbox/headers.txt,1,,customs@wideworldimporters.com,wideworldimporters.com,attention,verified,dkim-fail,sender-admin,198.51.100.19,',
  'ROOT/inbox/nested/deep/gmail.eml,1,,billing@contoso.com,contoso.com,pass,verified,authenticated,none,198.51.100.25,',
  'ROOT/inbox/report.msg,1,,billing@contoso.com,contoso.com,pass,verified,authenticated,none,198.51.100.25,',
  'ROOT/inbox/report.msg,1,attached message 1 of 1,customs@wideworldimporters.com,wideworldimporters.com,attention,verified,dkim-fail,sender-admin,198.51.100.19,',
  'ROOT/unreadable.eml,,,,,,,,,,no such file: ROOT/unreadable.eml',
  '',
];
