import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMessages, type Extraction } from '../../src/messages/extract';
import { parseHeaders } from '../../src/parser';
import { buildMsg } from '../support/outlook-msg';

const read = (path: string): string => readFileSync(join(__dirname, '..', path), 'utf8');
const EXO = read('cli/samples/exo-compauth-001.eml');
const GMAIL = read('cli/samples/gmail-pass.eml');
const BOUNCE = read('fixtures/ndr/exo-5.7.509-dmarc-reject.eml');

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const places = (extraction: Extraction): Array<[number | null, string | null, string]> =>
  extraction.messages.map((m) => [m.index, m.attachment, m.label]);
const headerBlock = (text: string): string => text.slice(0, text.search(/\r?\n\r?\n/) + 1);
const authResults = (text: string): string[] =>
  parseHeaders(text)
    .fields.filter((f) => f.key === 'authentication-results')
    .map((f) => f.value);

/** A message from Exchange that carries `parts` (already MIME part bodies with their headers). */
function multipart(parts: string[], boundary = 'b-outer-1', outer: string = headerBlock(EXO)): string {
  return (
    `${outer.replace(/^Content-Type:.*(\n\s.*)*\n?/im, '').trimEnd()}\n` +
    `Content-Type: multipart/mixed; boundary="${boundary}"\n\n` +
    parts.map((part) => `--${boundary}\n${part}\n`).join('') +
    `--${boundary}--\n`
  );
}

const rfc822Part = (message: string, name = 'original.eml'): string =>
  `Content-Type: message/rfc822\nContent-Disposition: attachment; filename="${name}"\n\n${message}`;
const base64Part = (type: string, name: string, content: Uint8Array): string =>
  `Content-Type: ${type}; name="${name}"\nContent-Disposition: attachment; filename="${name}"\n` +
  `Content-Transfer-Encoding: base64\n\n${Buffer.from(content).toString('base64').replace(/.{76}/g, '$&\n')}`;

describe('extractMessages: text formats', () => {
  it('reads an .eml as its one message, text unchanged', async () => {
    const found = await extractMessages(bytes(EXO), 'exo.eml');
    expect(found.problems).toEqual([]);
    expect(places(found)).toEqual([[null, null, 'the message']]);
    expect(found.messages[0].text).toBe(EXO);
  });

  it('reads a header block without a body the same way', async () => {
    const found = await extractMessages(bytes(headerBlock(GMAIL)), 'headers.txt');
    expect(places(found)).toEqual([[null, null, 'the message']]);
    expect(authResults(found.messages[0].text)).toEqual(authResults(GMAIL));
  });

  it('reads each message of an mbox, numbered from 1', async () => {
    const mbox = `From a@contoso.com Mon Nov 23 10:02:09 2026\n${EXO.trimEnd()}\n\nFrom b@fabrikam.com Mon Nov 23 11:00:00 2026\n${GMAIL}`;
    const found = await extractMessages(bytes(mbox), 'inbox.mbox');
    expect(places(found)).toEqual([
      [1, null, 'message 1 of 2'],
      [2, null, 'message 2 of 2'],
    ]);
    expect(authResults(found.messages[1].text)).toEqual(authResults(GMAIL));
  });

  it('reads UTF-16 text as before (Notepad "Unicode")', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(headerBlock(GMAIL), 'utf16le')]);
    const found = await extractMessages(utf16, 'headers.txt');
    expect(authResults(found.messages[0].text)).toEqual(authResults(GMAIL));
  });

  it('refuses binary and empty files with the reason, naming the file', async () => {
    const gzip = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c]);
    expect(await extractMessages(gzip, 'a.gz')).toEqual({
      messages: [],
      problems: [
        { index: null, attachment: null, message: 'a.gz does not look like a text header block', after: 0 },
      ],
    });
    expect((await extractMessages(new Uint8Array(0), 'e.eml')).problems[0].message).toBe('e.eml is empty');
  });
});

describe('extractMessages: attached messages', () => {
  it('diagnoses a forwarded-as-attachment original in its own right, after the outer message', async () => {
    const found = await extractMessages(bytes(multipart([rfc822Part(GMAIL)])), 'fwd.eml');
    expect(found.problems).toEqual([]);
    expect(places(found)).toEqual([
      [null, null, 'the message'],
      [null, 'attached message 1 of 1', 'attached message 1 of 1'],
    ]);
    expect(authResults(found.messages[0].text)).toEqual(authResults(EXO));
    expect(authResults(found.messages[1].text)).toEqual(authResults(GMAIL));
  });

  it('numbers several attached originals, and decodes a base64 one', async () => {
    const text = multipart([rfc822Part(GMAIL), base64Part('message/rfc822', 'second.eml', bytes(EXO))]);
    const found = await extractMessages(bytes(text), 'two.eml');
    expect(places(found).slice(1)).toEqual([
      [null, 'attached message 1 of 2', 'attached message 1 of 2'],
      [null, 'attached message 2 of 2', 'attached message 2 of 2'],
    ]);
    expect(authResults(found.messages[2].text)).toEqual(authResults(EXO));
  });

  it('takes an .eml file attached as application/octet-stream', async () => {
    const text = multipart([base64Part('application/octet-stream', 'suspicious.eml', bytes(GMAIL))]);
    const found = await extractMessages(bytes(text), 'fwd.eml');
    expect(found.messages.map((m) => m.attachment)).toEqual([null, 'attached message 1 of 1']);
  });

  it("reads a bounce's text/rfc822-headers part as the original's headers", async () => {
    const found = await extractMessages(bytes(BOUNCE), 'ndr.eml');
    expect(found.problems).toEqual([]);
    expect(found.messages.map((m) => m.attachment)).toEqual([null, 'attached message 1 of 1']);
    // The bounce keeps its own body (its status code); the original is its returned header block.
    expect(found.messages[0].text).toBe(BOUNCE);
    const original = parseHeaders(found.messages[1].text);
    const returned = BOUNCE.slice(BOUNCE.indexOf('Content-Type: text/rfc822-headers'));
    const firstField = /\n\n([A-Za-z-]+):/.exec(returned)?.[1];
    expect(original.fields[0].name).toBe(firstField);
  });

  it('labels the attachments of an mbox message with the message', async () => {
    const mbox = `From a@contoso.com Mon Nov 23 10:02:09 2026\n${EXO.trimEnd()}\n\nFrom b@fabrikam.com Mon Nov 23 11:00:00 2026\n${multipart([rfc822Part(GMAIL)])}`;
    const found = await extractMessages(bytes(mbox), 'inbox.mbox');
    expect(places(found)).toEqual([
      [1, null, 'message 1 of 2'],
      [2, null, 'message 2 of 2'],
      [2, 'attached message 1 of 1', 'message 2 of 2, attached message 1 of 1'],
    ]);
  });

  it('says so when an attached message part holds no header fields, and keeps the outer message', async () => {
    const text = multipart([rfc822Part('Just a note that lost its headers.\nSee you.\n', 'note.eml')]);
    const found = await extractMessages(bytes(text), 'fwd.eml');
    expect(found.messages.map((m) => m.label)).toEqual(['the message']);
    expect(found.problems).toEqual([
      {
        index: null,
        attachment: 'attached message 1 of 1',
        message: 'fwd.eml attached message 1 of 1 holds no header fields',
        after: 1,
      },
    ]);
  });

  it('stops at three levels of messages attached inside attached messages', async () => {
    let text = GMAIL;
    for (let level = 0; level < 6; level++) text = multipart([rfc822Part(text)], `b-level-${level}`);
    const found = await extractMessages(bytes(text), 'deep.eml');
    expect(found.messages.map((m) => m.attachment)).toEqual([
      null,
      'attached message 1 of 1',
      'attached message 1 of 1, attached message 1 of 1',
      'attached message 1 of 1, attached message 1 of 1, attached message 1 of 1',
    ]);
  });
});

describe('extractMessages: Outlook .msg', () => {
  const gmailHeaders = headerBlock(GMAIL).replace(/\r?\n/g, '\r\n');

  it('reads the transport headers of a received .msg', async () => {
    const found = await extractMessages(buildMsg({ headers: gmailHeaders, subject: 'Invoice' }), 'a.msg');
    expect(found.problems).toEqual([]);
    expect(places(found)).toEqual([[null, null, 'the message']]);
    expect(found.messages[0].text).toBe(gmailHeaders);
  });

  it("puts a bounce's body after its headers, where the status code is", async () => {
    const headers = 'From: Microsoft Outlook <postmaster@contoso.com>\r\nSubject: Undeliverable: Invoice\r\n';
    const body = 'Remote Server returned 550 5.7.509 Access denied';
    const found = await extractMessages(buildMsg({ headers, body }), 'ndr.msg');
    expect(found.messages[0].text).toBe(`${headers.trimEnd()}\r\n\r\n${body}`);
    expect(parseHeaders(found.messages[0].text).ndr.map((n) => n.code)).toEqual(['5.7.509']);
  });

  it('keeps the body of any other message out: it is the sender’s text', async () => {
    const found = await extractMessages(buildMsg({ headers: gmailHeaders, body: 'Hello 5.7.1' }), 'a.msg');
    expect(found.messages[0].text).toBe(gmailHeaders);
  });

  it('reads attached Outlook items and attached .eml and .msg files, nested ones included', async () => {
    const inner = buildMsg({ headers: 'Received: from inner\r\nFrom: c@contoso.com\r\n' });
    const msg = buildMsg({
      headers: gmailHeaders,
      attachments: [
        {
          kind: 'item',
          name: 'Forwarded original',
          message: {
            headers: headerBlock(EXO),
            attachments: [{ kind: 'file', name: 'deeper.msg', bytes: inner }],
          },
        },
        { kind: 'file', name: 'report.pdf', mimeType: 'application/pdf', bytes: bytes('%PDF-1.7') },
        { kind: 'file', name: 'copy.eml', mimeType: 'message/rfc822', bytes: bytes(GMAIL) },
      ],
    });
    const found = await extractMessages(msg, 'case.msg');
    expect(found.problems).toEqual([]);
    expect(found.messages.map((m) => m.attachment)).toEqual([
      null,
      'attached message 1 of 2',
      'attached message 1 of 2, attached message 1 of 1',
      'attached message 2 of 2',
    ]);
    expect(authResults(found.messages[1].text)).toEqual(authResults(EXO));
    expect(found.messages[2].text).toContain('Received: from inner');
    expect(authResults(found.messages[3].text)).toEqual(authResults(GMAIL));
  });

  it('reads a .msg attached to an .eml', async () => {
    const msg = buildMsg({ headers: gmailHeaders });
    const text = multipart([base64Part('application/vnd.ms-outlook', 'original.msg', msg)]);
    const found = await extractMessages(bytes(text), 'fwd.eml');
    expect(found.messages.map((m) => m.attachment)).toEqual([null, 'attached message 1 of 1']);
    expect(found.messages[1].text).toBe(gmailHeaders);
  });

  it('says plainly that a draft (a .msg without transport headers) has no headers to diagnose', async () => {
    const found = await extractMessages(buildMsg({ subject: 'Draft', body: 'Hi' }), 'draft.msg');
    expect(found.messages).toEqual([]);
    expect(found.problems).toEqual([
      {
        index: null,
        attachment: null,
        message:
          'draft.msg is an Outlook item without internet headers: Outlook keeps them only for mail it ' +
          'received, so a draft or a sent item has none (save the received copy instead)',
        after: 0,
      },
    ]);
  });

  it('still reads the attachments of a .msg without headers of its own', async () => {
    const found = await extractMessages(
      buildMsg({ attachments: [{ kind: 'item', name: 'orig', message: { headers: gmailHeaders } }] }),
      'sent.msg',
    );
    expect(found.messages.map((m) => m.attachment)).toEqual(['attached message 1 of 1']);
    expect(found.problems).toHaveLength(1);
  });

  it.each([
    ['cut in half', (msg: Buffer) => msg.subarray(0, Math.floor(msg.length / 2))],
    ['cut after its first sector', (msg: Buffer) => msg.subarray(0, 512)],
    ['the OLE signature and nothing else', (msg: Buffer) => msg.subarray(0, 8)],
    [
      'its sectors overwritten',
      (msg: Buffer) => Buffer.concat([msg.subarray(0, 512), Buffer.alloc(msg.length - 512, 0xff)]),
    ],
  ])('gives a damaged .msg (%s) as a problem, never an exception', async (_, damage) => {
    const msg = buildMsg({
      headers: gmailHeaders,
      attachments: [{ kind: 'item', name: 'o', message: { headers: gmailHeaders } }],
    });
    const found = await extractMessages(damage(msg), 'broken.msg');
    expect(found.problems.length).toBeGreaterThan(0);
    for (const problem of found.problems) expect(problem.message).toMatch(/^broken\.msg /);
    expect(found.problems[0].message).toMatch(/cannot be read|without internet headers/);
  });
});
