/** @jest-environment jsdom */
/**
 * Files and items that hold more than one message: a .msg or an .eml with attached originals in the
 * standalone pane, and the open item's attached messages in Outlook.
 */
import './pane-test-setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnoseHeaders } from '../../src/rules';
import { verdictLabel } from '../../src/taskpane/pane-words';
import { buildMsg } from '../support/outlook-msg';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderStandalone, renderWithHost } from './helpers';

/** The header block of a fixture (some are nothing else). */
const headersOf = (text: string): string => {
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end + 1);
};
const PASS = fixture('exchange-online/inbound-pass-100.eml');
const SPOOF = fixture('exchange-online/explicit-000-oreject.eml');

async function verdictText(): Promise<string> {
  return (await screen.findByRole('heading', { name: /^Verdict/, level: 2 })).textContent ?? '';
}

test('a .msg with an attached original: its own headers first, then the original on request', async () => {
  renderStandalone();
  const msg = buildMsg({
    headers: headersOf(PASS),
    attachments: [{ kind: 'item', name: 'Suspicious', message: { headers: headersOf(SPOOF) } }],
  });
  const input = (await screen.findByLabelText('Open message file', {
    selector: 'input',
  })) as HTMLInputElement;
  await userEvent.upload(
    input,
    new File([new Uint8Array(msg)], 'report.msg', { type: 'application/vnd.ms-outlook' }),
  );
  expect(await verdictText()).toContain(verdictLabel(diagnoseHeaders(PASS).verdict));
  expect(screen.getByText('File report.msg')).toBeTruthy();

  const list = screen.getByRole('list', { name: 'Messages in report.msg' });
  const own = within(list).getByRole('button', { name: 'The message' });
  expect(own.getAttribute('aria-current')).toBe('true');
  await userEvent.click(within(list).getByRole('button', { name: 'Attached message 1 of 1' }));
  expect(await screen.findByText('File report.msg, attached message 1 of 1')).toBeTruthy();
  expect(await verdictText()).toContain(verdictLabel(diagnoseHeaders(headersOf(SPOOF)).verdict));
  expect(
    within(list).getByRole('button', { name: 'Attached message 1 of 1' }).getAttribute('aria-current'),
  ).toBe('true');
});

test('a draft .msg says that it has no internet headers', async () => {
  renderStandalone();
  const input = (await screen.findByLabelText('Open message file', {
    selector: 'input',
  })) as HTMLInputElement;
  await userEvent.upload(input, new File([new Uint8Array(buildMsg({ subject: 'Draft' }))], 'draft.msg'));
  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^draft\.msg is an Outlook item without internet headers: .* a draft or a sent item has none/,
  );
});

test('in Outlook, an attached message is diagnosed on request, and the selected message comes back', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(headersOf(PASS)));
  host.attachments = [{ id: 'att-1', name: 'Fwd original.eml' }];
  host.attachmentContents.set('att-1', {
    ok: true,
    bytes: new TextEncoder().encode(SPOOF),
    name: 'Fwd original.eml',
  });
  renderWithHost(host);
  expect(await verdictText()).toContain(verdictLabel(diagnoseHeaders(headersOf(PASS)).verdict));

  await userEvent.click(
    await screen.findByRole('button', { name: 'Diagnose attached message 1 of 1: Fwd original.eml' }),
  );
  expect(await screen.findByText('Attached message 1 of 1: Fwd original.eml')).toBeTruthy();
  expect(await verdictText()).toContain(verdictLabel(diagnoseHeaders(SPOOF).verdict));

  await userEvent.click(screen.getByRole('button', { name: 'The selected message' }));
  expect(await screen.findByText('The selected message', { selector: 'p, span, div' })).toBeTruthy();
  expect(await verdictText()).toContain(verdictLabel(diagnoseHeaders(headersOf(PASS)).verdict));
});

test('in an Outlook without the attachment API, picking one says so plainly', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(headersOf(PASS)));
  host.attachments = [{ id: 'att-1', name: 'original.msg' }];
  host.attachmentContents.set('att-1', { ok: false, kind: 'unsupported', message: 'Mailbox 1.8 is needed.' });
  renderWithHost(host);
  await userEvent.click(await screen.findByRole('button', { name: /^Diagnose attached message 1 of 1/ }));
  expect(await screen.findByText('Mailbox 1.8 is needed.')).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'The attached message could not be diagnosed' })).toBeTruthy();
});
