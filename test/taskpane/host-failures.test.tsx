/** @jest-environment jsdom */
/**
 * Every way Outlook can fail to give headers shows its own message and the paste fallback, which works.
 */
import './pane-test-setup';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HeadersFailure } from '../../src/taskpane/mailbox';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderWithHost } from './helpers';

function hostFailing(failure: HeadersFailure): FakeMailboxHost {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', { ok: false, failure, itemKey: 'item-1' });
  return host;
}

async function expectPasteFallbackWorks(): Promise<void> {
  const box = await screen.findByRole('textbox', { name: /paste message headers/i });
  await userEvent.click(box);
  await userEvent.paste(fixture('exchange-online/inbound-pass-100.eml'));
  await userEvent.click(screen.getByRole('button', { name: 'Diagnose' }));
  const verdict = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
  expect(within(verdict).getByText('Pass')).toBeTruthy();
  expect(screen.getByText('Pasted headers')).toBeTruthy();
}

describe('the pane when Outlook cannot give the headers', () => {
  test('no item selected', async () => {
    renderWithHost(hostFailing({ kind: 'no-item' }));
    expect(await screen.findByRole('heading', { name: 'No message selected' })).toBeTruthy();
    await expectPasteFallbackWorks();
  });

  test('compose mode', async () => {
    renderWithHost(hostFailing({ kind: 'compose' }));
    expect(await screen.findByRole('heading', { name: 'This is a message you are writing' })).toBeTruthy();
    expect(screen.getByText(/a draft has no authentication results yet/i)).toBeTruthy();
    await expectPasteFallbackWorks();
  });

  test('the API is not supported by this client (Mailbox 1.8)', async () => {
    renderWithHost(hostFailing({ kind: 'unsupported' }));
    expect(
      await screen.findByRole('heading', { name: 'This Outlook cannot read internet headers' }),
    ).toBeTruthy();
    expect(screen.getByText(/requirement set Mailbox 1\.8/)).toBeTruthy();
    await expectPasteFallbackWorks();
  });

  test("an async failure shows Office's error code and message", async () => {
    renderWithHost(
      hostFailing({
        kind: 'async-failed',
        code: 9017,
        name: 'ItemNotFound',
        message: 'The item was not found.',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Outlook could not give the headers' })).toBeTruthy();
    expect(
      screen.getByText(/Outlook answered: The item was not found \(error 9017, ItemNotFound\)\. Try again/),
    ).toBeTruthy();
    await expectPasteFallbackWorks();
  });

  test('an empty header string (Sent Items, some new-Outlook builds) is not reported as "no problems"', async () => {
    renderWithHost(hostFailing({ kind: 'empty' }));
    expect(
      await screen.findByRole('heading', { name: 'Outlook returned no headers for this message' }),
    ).toBeTruthy();
    expect(screen.getByText(/Sent Items/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
    await expectPasteFallbackWorks();
  });

  test('header-poor headers (a sent item without Authentication-Results) say so and offer the paste box', async () => {
    const host = new FakeMailboxHost();
    host.responses.set('item-1', { ok: true, raw: fixture('sent-items.eml'), itemKey: 'item-1' });
    renderWithHost(host);
    expect(
      await screen.findByRole('heading', { name: 'No authentication results in these headers' }),
    ).toBeTruthy();
    const verdict = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
    expect(within(verdict).queryByText('Pass')).toBeNull();
    await expectPasteFallbackWorks();
  });
});

describe('the pane when Outlook never answers', () => {
  const WAIT_MS = 50;

  test('first load: after the wait, "Outlook did not answer" with Retry and the paste box', async () => {
    const host = new FakeMailboxHost(); // no response set: the request stays pending, as a silent Office
    renderWithHost(host, { hostAnswerTimeoutMs: WAIT_MS });
    expect(await screen.findByText("Reading this message's headers…")).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Outlook did not answer' })).toBeTruthy();
    expect(screen.queryByText("Reading this message's headers…")).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(host.requests).toBe(2);
    const headers = ok(fixture('exchange-online/inbound-pass-100.eml'));
    host.answer('item-1', headers); // the first, abandoned request: dropped
    host.answer('item-1', headers); // the retry's
    const verdict = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
    expect(within(verdict).getByText('Pass')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Outlook did not answer' })).toBeNull();
  });

  test('the paste box offered beside it diagnoses', async () => {
    renderWithHost(new FakeMailboxHost(), { hostAnswerTimeoutMs: WAIT_MS });
    await screen.findByRole('heading', { name: 'Outlook did not answer' });
    await expectPasteFallbackWorks();
  });

  test('after ItemChanged: the next item that never answers gets the same state', async () => {
    const host = new FakeMailboxHost();
    host.responses.set('item-1', ok(fixture('exchange-online/inbound-pass-100.eml')));
    renderWithHost(host, { hostAnswerTimeoutMs: WAIT_MS });
    await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
    act(() => host.selectItem('item-2'));
    expect(await screen.findByRole('heading', { name: 'Outlook did not answer' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
