import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { USAGE } from '../../src/cli/usage';
import { renderJson, renderMarkdown, renderText } from '../../src/report';
import { diagnoseHeaders } from '../../src/rules';
import type { Diagnosis } from '../../src/rules/diagnosis';
import { fakeIo } from './fake-io';
import { FINDING_IDS } from '../../src/rules/diagnosis';
import { catalogueSection } from '../../src/report/findings-catalogue';

const CATALOGUE = readFileSync(join(__dirname, '../../docs/findings.md'), 'utf8');

const sample = (name: string): string => readFileSync(join(__dirname, 'samples', name), 'utf8');
const EXO = sample('exo-compauth-001.eml');
const GMAIL = sample('gmail-pass.eml');
const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

/** stderr must be exactly one line per problem. */
function errorLines(stderr: string): string[] {
  expect(stderr.endsWith('\n')).toBe(true);
  return stderr.slice(0, -1).split('\n');
}

describe('auth-doctor --explain', () => {
  it.each([['--explain', 'spf-fail'], ['--explain=forwarding'], ['a.eml', '--explain', 'arc-rescued']])(
    'prints the catalogue section of %j and exits 0',
    async (...argv) => {
      const io = fakeIo({ 'a.eml': EXO });
      expect(await run(argv, io)).toBe(0);
      const id = (
        argv.find((a) => a.startsWith('--explain=')) ?? argv[argv.indexOf('--explain') + 1]
      ).replace('--explain=', '');
      expect(io.out()).toBe(catalogueSection(CATALOGUE, id));
      expect(io.out().startsWith(`## ${id}\n`)).toBe(true);
      for (const part of ['When it fires:', 'Why it matters:', 'Who acts:', '**Example:** `test/fixtures/'])
        expect(io.out()).toContain(part);
      expect(io.err()).toBe('');
    },
  );

  it('lists the ids with --explain list', async () => {
    const io = fakeIo();
    expect(await run(['--explain', 'list'], io)).toBe(0);
    expect(io.out()).toBe(`${FINDING_IDS.join('\n')}\n`);
  });

  it.each([
    [
      ['--explain', 'spf-broken'],
      'auth-doctor: unknown finding id "spf-broken" (auth-doctor --explain list prints the ids)',
    ],
    [['--explain'], 'auth-doctor: --explain needs a finding id (auth-doctor --explain list prints them)'],
    [['--explain='], 'auth-doctor: --explain needs a finding id (auth-doctor --explain list prints them)'],
  ])('rejects %j with one line on stderr and exit 2', async (argv, message) => {
    const io = fakeIo();
    expect(await run(argv, io)).toBe(2);
    expect(errorLines(io.err())).toEqual([message]);
    expect(io.out()).toBe('');
  });
});

describe('auth-doctor: options', () => {
  it.each([['--help'], ['-h'], ['a.eml', '--help']])(
    'prints the usage on %s and exits 0',
    async (...argv) => {
      const io = fakeIo();
      expect(await run(argv, io)).toBe(0);
      expect(io.out()).toBe(USAGE);
      expect(io.out()).toContain(
        'Usage: auth-doctor [--format text|markdown|json] [--json] [--max-size SIZE] [--recipient ADDRESS]\n                   [--dns] [--dns-server HOST[:PORT]] [FILE ...]',
      );
      expect(io.err()).toBe('');
    },
  );

  it('prints the version from package.json', async () => {
    const io = fakeIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`auth-doctor ${version}\n`);
  });

  it.each([
    [['--bogus'], 'auth-doctor: unknown option --bogus (see auth-doctor --help)'],
    [['-x', 'a.eml'], 'auth-doctor: unknown option -x (see auth-doctor --help)'],
    [['--format', 'xml'], 'auth-doctor: unknown format "xml" (use text, markdown or json)'],
    [['--format=yaml'], 'auth-doctor: unknown format "yaml" (use text, markdown or json)'],
    [['--format'], 'auth-doctor: --format needs a value: text, markdown or json'],
    [['--format='], 'auth-doctor: --format needs a value: text, markdown or json'],
    [['--max-size'], 'auth-doctor: --max-size needs a size: bytes, or a number with K, M or G'],
    [['--max-size=0'], 'auth-doctor: --max-size needs a size: bytes, or a number with K, M or G'],
    [['--max-size', '5T'], 'auth-doctor: --max-size needs a size: bytes, or a number with K, M or G'],
    [['--max-size=-1'], 'auth-doctor: --max-size needs a size: bytes, or a number with K, M or G'],
  ])('rejects %j with one line on stderr and exit 2', async (argv, message) => {
    const io = fakeIo({ 'a.eml': EXO });
    expect(await run(argv, io)).toBe(2);
    expect(errorLines(io.err())).toEqual([message]);
    expect(io.out()).toBe('');
  });

  it('refuses to wait on a terminal when no FILE is given, without reading it', async () => {
    const io = fakeIo({}, { isTTY: true });
    expect(await run([], io)).toBe(2);
    expect(errorLines(io.err())).toEqual([
      'auth-doctor: no input: give a FILE, or pipe a header block into standard input (see auth-doctor --help)',
    ]);
    expect(io.stdinReads()).toBe(0);
  });

  it('reads a terminal when "-" is named explicitly (paste, then Ctrl-D)', async () => {
    const io = fakeIo({}, { isTTY: true, data: GMAIL });
    expect(await run(['-'], io)).toBe(0);
    expect(io.out()).toBe(renderText(diagnoseHeaders(GMAIL)));
  });
});

describe('auth-doctor: formats', () => {
  it('reads standard input when no FILE is given and prints the text report', async () => {
    const io = fakeIo({}, { data: EXO });
    expect(await run([], io)).toBe(0);
    expect(io.out()).toBe(renderText(diagnoseHeaders(EXO)));
    expect(io.err()).toBe('');
  });

  it('wraps the text report at a narrower terminal width', async () => {
    const io = fakeIo({ 'exo.eml': EXO }, {}, 72);
    expect(await run(['exo.eml'], io)).toBe(0);
    expect(io.out()).toBe(renderText(diagnoseHeaders(EXO), { width: 72 }));
  });

  it.each([[['--json']], [['--format', 'json']], [['--format=json']], [['--format', 'text', '--json']]])(
    'prints the pretty Diagnosis for %j',
    async (options) => {
      const io = fakeIo({ 'exo.eml': EXO });
      expect(await run([...options, 'exo.eml'], io)).toBe(0);
      expect(io.out()).toBe(`${renderJson(diagnoseHeaders(EXO))}\n`);
    },
  );

  it('prints Markdown with --format markdown', async () => {
    const io = fakeIo({ 'gmail.eml': GMAIL });
    expect(await run(['--format', 'markdown', 'gmail.eml'], io)).toBe(0);
    expect(io.out()).toBe(renderMarkdown(diagnoseHeaders(GMAIL)));
  });

  it('gives one compact JSON object per line with the file first for several files', async () => {
    const io = fakeIo({ 'exo.eml': EXO, 'gmail.eml': GMAIL });
    expect(await run(['--json', 'exo.eml', 'gmail.eml'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith('{"file":"exo.eml","schema":"auth-doctor/diagnosis@1"')).toBe(true);
    const [exo, gmail] = lines.map((line) => JSON.parse(line) as Diagnosis & { file: string });
    expect(exo).toEqual({ file: 'exo.eml', ...diagnoseHeaders(EXO) });
    expect(gmail).toEqual({ file: 'gmail.eml', ...diagnoseHeaders(GMAIL) });
  });

  it('splits an mbox into its messages: one JSON line each, with the file and the 1-based index', async () => {
    const mbox = `From chris@contoso.com Mon Nov 23 10:02:09 2026\n${EXO.trimEnd()}\n\nFrom news@fabrikam.com Mon Nov 23 11:00:00 2026\n${GMAIL}`;
    const io = fakeIo({ 'inbox.mbox': mbox });
    expect(await run(['--json', 'inbox.mbox'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map(
      (line) => JSON.parse(line) as Diagnosis & { file: string; index: number },
    );
    expect(first).toMatchObject({ file: 'inbox.mbox', index: 1 });
    expect(second).toMatchObject({ file: 'inbox.mbox', index: 2 });
    // Each is diagnosed alone: neither message's headers leak into the other's.
    expect(first.auth).toEqual(diagnoseHeaders(EXO).auth);
    expect(second.auth).toEqual(diagnoseHeaders(GMAIL).auth);
    const text = fakeIo({ 'inbox.mbox': mbox });
    expect(await run(['inbox.mbox'], text)).toBe(0);
    expect(text.out()).toContain('==> inbox.mbox #2 <==');
    // One message with its postmark is still one report, as before.
    const single = fakeIo({ 'one.mbox': `From chris@contoso.com Mon Nov 23 10:02:09 2026\n${EXO}` });
    expect(await run(['--json', 'one.mbox'], single)).toBe(0);
    expect(JSON.parse(single.out())).not.toHaveProperty('index');
  });

  it('escapes bidi overrides and C1 controls in JSON lines, keeping the same strings', async () => {
    const hostile = EXO.replace(/^Subject: .*$/m, 'Subject: invoice \u202egpj.exe \u009b2J');
    const io = fakeIo({ 'a.eml': hostile, 'b.eml': hostile });
    expect(await run(['--json', 'a.eml', 'b.eml'], io)).toBe(0);
    expect(io.out()).not.toMatch(/[\u009b\u202e]/);
    expect(io.out()).toContain('"subject":"invoice \\u202egpj.exe \\u009b2J"');
    const first = JSON.parse(io.out().split('\n')[0]) as Diagnosis;
    expect(first.message.subject).toBe('invoice \u202egpj.exe \u009b2J');
  });

  it('puts each text report under a line naming its file', async () => {
    const io = fakeIo({ 'exo.eml': EXO, 'gmail.eml': GMAIL });
    expect(await run(['exo.eml', 'gmail.eml'], io)).toBe(0);
    expect(io.out()).toBe(
      `==> exo.eml <==\n${renderText(diagnoseHeaders(EXO))}\n==> gmail.eml <==\n${renderText(diagnoseHeaders(GMAIL))}`,
    );
  });

  it('puts each Markdown report under a file heading, one level down', async () => {
    const io = fakeIo({ 'exo.eml': EXO, 'my_[file].eml': GMAIL });
    expect(await run(['--format', 'markdown', 'exo.eml', 'my_[file].eml'], io)).toBe(0);
    expect(io.out()).toBe(
      `# \`exo.eml\`\n\n${renderMarkdown(diagnoseHeaders(EXO), { headingLevel: 2 })}\n` +
        `# \`my_[file].eml\`\n\n${renderMarkdown(diagnoseHeaders(GMAIL), { headingLevel: 2 })}`,
    );
  });

  it('reads standard input once even when "-" is named twice', async () => {
    const io = fakeIo({}, { data: GMAIL });
    expect(await run(['--json', '-', '-'], io)).toBe(0);
    expect(io.stdinReads()).toBe(1);
    expect(
      io
        .out()
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual(['-', '-']);
  });

  it('takes names after "--" as files even when they start with a dash', async () => {
    const io = fakeIo({ '--json': GMAIL });
    expect(await run(['--', '--json'], io)).toBe(0);
    expect(io.out()).toBe(renderText(diagnoseHeaders(GMAIL)));
  });
});

describe('auth-doctor: bad input', () => {
  const binary = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c]);
  const msg = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(64),
  ]);
  // Random-looking bytes with no NUL: mostly high bytes and controls, not text in any encoding.
  const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 1 + ((i * 97 + 13) % 255)));

  it.each([
    ['missing.eml', undefined, 'auth-doctor: no such file: missing.eml'],
    [
      'mail',
      { error: 'EISDIR' as const },
      'auth-doctor: mail is a directory, not a file (auth-doctor scan mail diagnoses every message in it)',
    ],
    ['secret.eml', { error: 'EACCES' as const }, 'auth-doctor: cannot read secret.eml: permission denied'],
    [
      'broken.eml',
      { error: 'EIO' as const },
      "auth-doctor: cannot read broken.eml: EIO: fake fs error, open 'broken.eml'",
    ],
    ['archive.gz', binary, 'auth-doctor: archive.gz does not look like a text header block'],
    ['noise.bin', noise, 'auth-doctor: noise.bin does not look like a text header block'],
    [
      'message.msg',
      msg,
      'auth-doctor: message.msg is an Outlook .msg file that cannot be read: it is damaged or cut short (Offset is outside the bounds of the DataView)',
    ],
    ['empty.eml', Buffer.alloc(0), 'auth-doctor: empty.eml is empty'],
    ['blank.txt', ' \r\n\t\n', 'auth-doctor: blank.txt is empty'],
    [
      'letter.txt',
      'Hello Michelle,\nthe quarterly figures are attached.\n',
      'auth-doctor: letter.txt has no header fields (expected lines like "Authentication-Results: ...")',
    ],
  ])('%s: one line on stderr, nothing on stdout, exit 2', async (name, content, message) => {
    const io = fakeIo(content === undefined ? {} : { [name]: content });
    expect(await run([name], io)).toBe(2);
    expect(errorLines(io.err())).toEqual([message]);
    expect(io.out()).toBe('');
  });

  it('names standard input in its errors', async () => {
    const io = fakeIo({}, { data: '' });
    expect(await run([], io)).toBe(2);
    expect(errorLines(io.err())).toEqual(['auth-doctor: standard input is empty']);
  });

  it('keeps going after a bad file and exits 2 at the end', async () => {
    const io = fakeIo({ 'exo.eml': EXO, 'letter.txt': 'Dear Bob,\nhello.\n', 'gmail.eml': GMAIL });
    expect(await run(['--json', 'exo.eml', 'nope.eml', 'letter.txt', 'gmail.eml'], io)).toBe(2);
    expect(errorLines(io.err())).toEqual([
      'auth-doctor: no such file: nope.eml',
      'auth-doctor: letter.txt has no header fields (expected lines like "Authentication-Results: ...")',
    ]);
    expect(
      io
        .out()
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual(['exo.eml', 'nope.eml', 'letter.txt', 'gmail.eml']);
    // A failed file's line says why, so a script sees every input it named.
    expect(JSON.parse(io.out().split('\n')[1])).toEqual({
      file: 'nope.eml',
      error: 'no such file: nope.eml',
    });
  });

  it('shows control characters in a file name as escapes, never raw', async () => {
    const io = fakeIo();
    expect(await run(['evil\u001b[2J.eml'], io)).toBe(2);
    expect(errorLines(io.err())).toEqual(['auth-doctor: no such file: evil\\x1B[2J.eml']);
  });

  it('reads Latin-1 lines without failing, and UTF-8 lines as UTF-8', async () => {
    const latin1Subject = Buffer.from('Subject: R\xe9union du comit\xe9\n', 'latin1');
    const [top, rest] = EXO.replace(/^Subject: .*\n/m, '').split(/(?=^From: )/m);
    const block = Buffer.concat([Buffer.from(top), latin1Subject, Buffer.from(rest)]);
    const headersFirst = Buffer.concat([
      latin1Subject,
      Buffer.from('X-Note: déjà vu\n', 'utf8'),
      Buffer.from(EXO),
    ]);
    for (const bytes of [block, headersFirst]) {
      const io = fakeIo({ 'mixed.eml': bytes });
      expect(await run(['--json', 'mixed.eml'], io)).toBe(0);
      expect(JSON.parse(io.out()).message.subject).toBe('Réunion du comité');
    }
  });
  it('reads 0x80–0x9F of a non-UTF-8 line as Windows-1252 (dashes, quotes, euro), not as C1 controls', async () => {
    const subject = Buffer.concat([
      Buffer.from('Subject: '),
      Buffer.from([0x93, 0x51, 0x34, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35]),
      Buffer.from('\n'),
    ]);
    const io = fakeIo({
      'cp1252.eml': Buffer.concat([subject, Buffer.from(EXO.replace(/^Subject: .*\n/m, ''))]),
    });
    expect(await run(['--json', 'cp1252.eml'], io)).toBe(0);
    expect(JSON.parse(io.out()).message.subject).toBe('\u201cQ4\u201d \u2014 \u20ac5');
  });

  it('reads a header block saved as UTF-16 without a byte-order mark', async () => {
    const le = Buffer.from(GMAIL, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const io = fakeIo({ 'headers.txt': bytes });
      expect(await run(['--json', 'headers.txt'], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual(diagnoseHeaders(GMAIL));
    }
  });

  it('reads a header block saved as UTF-16 with a byte-order mark (Notepad "Unicode")', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GMAIL, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const io = fakeIo({ 'headers.txt': bytes });
      expect(await run(['--json', 'headers.txt'], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual(diagnoseHeaders(GMAIL));
    }
  });
});

describe('auth-doctor: input size', () => {
  /** An endless input like /dev/zero, 64 KiB at a time, that records how much was taken and whether it was closed. */
  function endless(): { chunks: () => AsyncIterable<Uint8Array>; read: () => number; closed: () => boolean } {
    let read = 0;
    let closed = false;
    return {
      chunks: async function* () {
        try {
          for (;;) {
            read++;
            yield new Uint8Array(64 * 1024);
          }
        } finally {
          closed = true;
        }
      },
      read: () => read,
      closed: () => closed,
    };
  }

  it('stops reading an endless file at 50 MB and exits 2 with one line', async () => {
    const zero = endless();
    const io = fakeIo({ '/dev/zero': zero });
    expect(await run(['/dev/zero'], io)).toBe(2);
    expect(errorLines(io.err())).toEqual([
      'auth-doctor: /dev/zero: input too large (the limit is 50 MB; raise it with --max-size)',
    ]);
    expect(zero.read()).toBe(801);
    expect(zero.closed()).toBe(true);
    expect(io.out()).toBe('');
  });

  it('applies --max-size to standard input too', async () => {
    const zero = endless();
    const io = fakeIo({}, { data: zero });
    expect(await run(['--max-size', '1M'], io)).toBe(2);
    expect(errorLines(io.err())).toEqual([
      'auth-doctor: standard input: input too large (the limit is 1 MB; raise it with --max-size)',
    ]);
    expect(zero.read()).toBe(17);
    expect(zero.closed()).toBe(true);
  });

  it('reads an input of exactly the limit and refuses one byte more, going on with the next file', async () => {
    const size = Buffer.byteLength(EXO);
    const io = fakeIo({ 'exo.eml': EXO, 'bigger.eml': `${EXO}\n` });
    expect(await run([`--max-size=${size}`, '--json', 'exo.eml', 'bigger.eml', 'exo.eml'], io)).toBe(2);
    expect(errorLines(io.err())).toEqual([
      `auth-doctor: bigger.eml: input too large (the limit is ${Number((size / 1024).toFixed(1))} KB; raise it with --max-size)`,
    ]);
    const lines = io
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { error?: string });
    expect(lines.map((line) => line.error ?? 'diagnosis')).toEqual([
      'diagnosis',
      `bigger.eml: input too large (the limit is ${Number((size / 1024).toFixed(1))} KB; raise it with --max-size)`,
      'diagnosis',
    ]);
  });

  it('reports a RangeError (a string past what the runtime holds) as input too large, exit 2', async () => {
    const io = fakeIo({ 'huge.eml': EXO });
    io.stdout.write = () => {
      throw new RangeError('Invalid string length');
    };
    expect(await run(['huge.eml'], io)).toBe(2);
    expect(errorLines(io.err())).toEqual([
      'auth-doctor: huge.eml: input too large to process (Invalid string length)',
    ]);
  });
});

describe('auth-doctor: real diagnoses', () => {
  it('explains the Exchange Online compauth=fail reason=001 block', async () => {
    const io = fakeIo({ 'exo.eml': EXO });
    expect(await run(['--json', 'exo.eml'], io)).toBe(0);
    const d = JSON.parse(io.out()) as Diagnosis;
    expect(d.verdict).toBe('fail');
    expect(d.auth.authservId).toBeNull();
    expect(d.auth.spf).toMatchObject({ result: 'none', domain: 'fabrikam.com', ip: '10.2.3.4' });
    expect(d.auth.dkim.map((s) => s.result)).toEqual(['none']);
    expect(d.auth.dmarc).toMatchObject({ result: 'none', fromDomain: 'fabrikam.com' });
    expect(d.auth.compauth).toMatchObject({ result: 'fail', reason: '001', documented: true });
    const ids = d.findings.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['compauth-implicit-failure', 'spoof-verdict']));
    expect(d.antispam).toMatchObject({ CAT: 'SPOOF', SFTY: '9.19', SCL: 5 });
  });

  it('shows the fix lines with this message’s domain and IP in the text report', async () => {
    const io = fakeIo({ 'exo.eml': EXO });
    await run(['exo.eml'], io);
    const text = io.out();
    expect(text.startsWith('Auth Doctor: FAIL\n')).toBe(true);
    // No evidence fabrikam.com sends through Microsoft 365: the generic DKIM step, not Microsoft's cmdlet.
    expect(text).toContain('turn on DKIM signing with d=fabrikam.com');
    // A first SPF record for the domain on its own line; the sending IP only as a mechanism to add if known.
    expect(text).toMatch(/\n +fabrikam\.com TXT "v=spf1 <your senders> ~all"\n/);
    expect(text).toContain('`ip4:10.2.3.4`');
    expect(text).toContain("Who fixes it: Sender's admin");
    expect(text).toMatch(/line \d+ {2}Authentication-Results: .*compauth=fail reason=001/);
  });

  it('passes the Gmail block with aligned SPF, DKIM and DMARC', async () => {
    const io = fakeIo({ 'gmail.eml': GMAIL });
    expect(await run(['--json', 'gmail.eml'], io)).toBe(0);
    const d = JSON.parse(io.out()) as Diagnosis;
    expect(d.verdict).toBe('pass');
    expect(d.auth.authservId).toBe('mx.google.com');
    expect(d.auth.spf).toMatchObject({ result: 'pass', domain: 'contoso.com', aligned: true });
    expect(d.auth.dkim).toEqual([
      expect.objectContaining({ result: 'pass', domain: 'contoso.com', selector: 's2024' }),
    ]);
    expect(d.auth.dmarc).toMatchObject({ result: 'pass', fromDomain: 'contoso.com' });
    expect(d.findings.map((f) => f.id)).toEqual(['authenticated']);
    expect(d.hops.map((hop) => hop.by)).toEqual(['mail.contoso.com', 'mx.google.com', expect.any(String)]);
  });
});
