import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { renderText } from '../../src/report';
import { diagnoseHeaders } from '../../src/rules';
import { buildMsg } from '../support/outlook-msg';
import { schemaProblems } from '../robustness/diagnosis-schema';
import { fakeIo } from './fake-io';

const sample = (name: string): string => readFileSync(join(__dirname, 'samples', name), 'utf8');
const EXO = sample('exo-compauth-001.eml');
const GMAIL = sample('gmail-pass.eml');
const GMAIL_HEADERS = GMAIL.slice(0, GMAIL.indexOf('\n\n') + 1).replace(/\n/g, '\r\n');

/** EXO's headers over a multipart body that carries GMAIL as a forwarded attachment. */
const FORWARDED =
  EXO.slice(0, EXO.indexOf('Content-Type:')) +
  'Content-Type: multipart/mixed; boundary="fwd"\n\n--fwd\nContent-Type: text/plain\n\nSee attached.\n' +
  `--fwd\nContent-Type: message/rfc822\n\n${GMAIL}\n--fwd--\n`;

const jsonLines = (out: string): Array<Record<string, unknown>> =>
  out
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('auth-doctor: Outlook .msg files', () => {
  it('diagnoses the internet headers of a .msg as it would the same headers pasted', async () => {
    const io = fakeIo({ 'invoice.msg': buildMsg({ headers: GMAIL_HEADERS, subject: 'Invoice' }) });
    expect(await run(['invoice.msg'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toBe(renderText(diagnoseHeaders(GMAIL_HEADERS)));
  });

  it('reads a .msg piped into standard input', async () => {
    const io = fakeIo({}, { data: buildMsg({ headers: GMAIL_HEADERS }) });
    expect(await run([], io)).toBe(0);
    expect(io.out().startsWith('Auth Doctor: PASS\n')).toBe(true);
  });

  it('says plainly that a draft has no internet headers, with a JSON line in a --json run', async () => {
    const io = fakeIo({ 'draft.msg': buildMsg({ subject: 'Draft' }), 'ok.eml': GMAIL });
    expect(await run(['--json', 'draft.msg', 'ok.eml'], io)).toBe(2);
    const reason =
      'draft.msg is an Outlook item without internet headers: Outlook keeps them only for mail it received, ' +
      'so a draft or a sent item has none (save the received copy instead)';
    expect(io.err()).toBe(`auth-doctor: ${reason}\n`);
    const [draft, ok] = jsonLines(io.out());
    expect(draft).toEqual({ file: 'draft.msg', error: reason });
    expect(ok).toMatchObject({ file: 'ok.eml', schema: 'auth-doctor/diagnosis@1' });
  });
});

describe('auth-doctor: attached messages', () => {
  it('diagnoses a forwarded original after the message that carries it, labelled in JSON', async () => {
    const io = fakeIo({ 'fwd.eml': FORWARDED });
    expect(await run(['--json', 'fwd.eml'], io)).toBe(0);
    const [outer, original] = jsonLines(io.out());
    expect(outer).toMatchObject({ file: 'fwd.eml', verdict: 'fail' });
    expect(outer).not.toHaveProperty('attachment');
    expect(original).toMatchObject({
      file: 'fwd.eml',
      attachment: 'attached message 1 of 1',
      verdict: 'pass',
    });
    // The added key is part of the contract: the schema knows it.
    expect(schemaProblems(original)).toEqual([]);
  });

  it('names the attachment in the text and Markdown headings', async () => {
    const text = fakeIo({ 'fwd.eml': FORWARDED });
    expect(await run(['fwd.eml'], text)).toBe(0);
    expect(text.out()).toContain('==> fwd.eml <==\n');
    expect(text.out()).toContain('\n==> fwd.eml, attached message 1 of 1 <==\n');
    const markdown = fakeIo({ 'fwd.eml': FORWARDED });
    expect(await run(['--format', 'markdown', 'fwd.eml'], markdown)).toBe(0);
    expect(markdown.out()).toContain('\n# `fwd.eml`, attached message 1 of 1\n');
  });

  it('labels an attached item of a .msg with the mbox-free place', async () => {
    const msg = buildMsg({
      headers: GMAIL_HEADERS,
      attachments: [{ kind: 'item', name: 'Original', message: { subject: 'kept without headers' } }],
    });
    const io = fakeIo({ 'case.msg': msg });
    expect(await run(['--json', 'case.msg'], io)).toBe(2);
    const [own, attached] = jsonLines(io.out());
    expect(own).toMatchObject({ file: 'case.msg', verdict: 'pass' });
    expect(attached).toEqual({
      file: 'case.msg',
      attachment: 'attached message 1 of 1',
      error: expect.stringMatching(
        /^case\.msg attached message 1 of 1 is an Outlook item without internet headers/,
      ),
    });
  });
});
