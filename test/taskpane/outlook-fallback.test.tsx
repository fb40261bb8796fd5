/** @jest-environment jsdom */
/**
 * Inside Outlook the fallback offers what works there: the paste box, with the steps to copy the headers in
 * the Outlook in use (Office.context.diagnostics.platform), never the standalone page's sample and .eml tools.
 * Office's error text is set into one sentence: never two full stops.
 */
import './pane-test-setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HeadersFailure, OutlookClient } from '../../src/taskpane/mailbox';
import { FakeMailboxHost } from './fake-host';
import { renderStandalone, renderWithHost } from './helpers';

function hostFailing(failure: HeadersFailure, client: OutlookClient = 'web'): FakeMailboxHost {
  const host = new FakeMailboxHost();
  host.outlookClient = client;
  host.responses.set('item-1', { ok: false, failure, itemKey: 'item-1' });
  return host;
}

test('the fallback inside Outlook is the paste box only: no sample, no message file or drop', async () => {
  renderWithHost(hostFailing({ kind: 'async-failed', code: 9017, name: null, message: 'Busy.' }));
  expect(await screen.findByRole('textbox', { name: 'Paste message headers' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Diagnose' })).toBeTruthy();
  expect(screen.queryByText('Try a sample')).toBeNull();
  expect(screen.queryByRole('list', { name: 'Samples' })).toBeNull();
  expect(screen.queryByRole('button', { name: /message file|\.eml/ })).toBeNull();
  expect(screen.queryByLabelText('Open message file')).toBeNull();
  expect(screen.queryByText(/drop a file/i)).toBeNull();
});

test('the standalone page keeps its sample and message-file tools', async () => {
  renderStandalone();
  expect(
    await screen.findByRole('textbox', { name: /Paste message headers \(or a whole \.eml\)/ }),
  ).toBeTruthy();
  expect(screen.getByText('Try a sample')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Open message file' })).toBeTruthy();
  expect(screen.getByLabelText('Open message file')).toBeTruthy();
  expect(screen.getByText(/drop a file/i)).toBeTruthy();
});

test.each<[OutlookClient, RegExp, RegExp]>([
  ['web', /View › View message details/, /File › Properties/],
  ['windows', /File › Properties › Internet headers/, /View message details/],
  ['mac', /View Source/, /File › Properties/],
])('"no headers" in Outlook (%s) gives that client\'s steps', async (client, steps, other) => {
  renderWithHost(hostFailing({ kind: 'empty' }, client));
  await screen.findByRole('heading', { name: 'Outlook returned no headers for this message' });
  const body = document.body.textContent ?? '';
  expect(body).toMatch(steps);
  expect(body).not.toMatch(other);
});

test("an empty paste inside Outlook on the web explains that client's steps", async () => {
  renderWithHost(hostFailing({ kind: 'no-item' }, 'web'));
  await userEvent.click(await screen.findByRole('button', { name: 'Diagnose' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/View message details/);
  expect(alert.textContent).not.toMatch(/File › Properties/);
});

test.each<[string, string | null, RegExp]>([
  ['', null, /Outlook gave no reason \(error 5001\)\. Try again/],
  ['The item is busy.', 'Busy', /Outlook answered: The item is busy \(error 5001, Busy\)\. Try again/],
  ['No connection', null, /Outlook answered: No connection \(error 5001\)\. Try again/],
])('Office error %j reads as one sentence with one full stop', async (message, name, expected) => {
  renderWithHost(hostFailing({ kind: 'async-failed', code: 5001, name, message }));
  await screen.findByRole('heading', { name: 'Outlook could not give the headers' });
  const body = document.body.textContent ?? '';
  expect(body).toMatch(expected);
  expect(body).not.toMatch(/[^.]\.\.(?!\.)/);
});
