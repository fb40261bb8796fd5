/** @jest-environment jsdom */
/**
 * A pinned pane follows the selection: the new item is diagnosed, and an answer that arrives late for an
 * item the user already left never shows.
 */
import './pane-test-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderWithHost } from './helpers';

const passing = fixture('exchange-online/inbound-pass-100.eml');
const failing = fixture('exchange-online/explicit-000-oreject.eml');

async function verdictText(): Promise<string> {
  const heading = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
  return heading.textContent ?? '';
}

test('ItemChanged re-diagnoses the newly selected message', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(passing, 'item-1'));
  host.responses.set('item-2', ok(failing, 'item-2'));
  renderWithHost(host);
  expect(await verdictText()).toContain('Pass');

  act(() => host.selectItem('item-2'));
  await waitFor(async () => expect(await verdictText()).toContain('Fail'));
  expect(screen.getByText(/From:.*litware\.com/)).toBeTruthy();
  expect(host.requests).toBe(2);
});

test('a slow answer for the previous item never shows beside the new one', async () => {
  const host = new FakeMailboxHost();
  renderWithHost(host);
  await waitFor(() => expect(host.pending).toHaveLength(1)); // item-1 is being read, slowly

  act(() => host.selectItem('item-2'));
  await waitFor(() => expect(host.pending).toHaveLength(2));
  // While the new item loads the view is cleared: no verdict at all.
  expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
  expect(screen.getByRole('status').textContent).toMatch(/reading this message/i);

  // item-2 answers first, then the stale item-1 answer arrives.
  await act(async () => host.answer('item-2', ok(failing, 'item-2')));
  expect(await verdictText()).toContain('Fail');
  await act(async () => host.answer('item-1', ok(passing, 'item-1')));

  const heading = screen.getByRole('heading', { name: /^Verdict/, level: 2 });
  expect(within(heading).getByText('Fail')).toBeTruthy();
  expect(within(heading).queryByText('Pass')).toBeNull();
  expect(screen.getAllByRole('heading', { name: /^Verdict/ })).toHaveLength(1);
  expect(screen.queryByText(/fabrikam\.com/)).toBeNull();
  expect(screen.getByText(/From:.*litware\.com/)).toBeTruthy();
});

test('an answer for an item that is no longer shown is re-read for the current item', async () => {
  const host = new FakeMailboxHost();
  renderWithHost(host);
  await waitFor(() => expect(host.pending).toHaveLength(1));
  // The host switched items without an ItemChanged event reaching us yet.
  host.itemKey = 'item-2';
  host.responses.set('item-2', ok(failing, 'item-2'));
  await act(async () => host.answer('item-1', ok(passing, 'item-1')));
  expect(await verdictText()).toContain('Fail');
});

test('a pasted diagnosis goes when another item is selected, even when its answer comes at once', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', { ok: false, failure: { kind: 'empty' }, itemKey: 'item-1' });
  host.responses.set('item-2', ok(passing, 'item-2'));
  renderWithHost(host);
  const box = await screen.findByRole('textbox', { name: /Paste message headers/ });
  fireEvent.change(box, { target: { value: failing } });
  fireEvent.click(screen.getByRole('button', { name: 'Diagnose' }));
  expect(await verdictText()).toContain('Fail');

  // item-2's answer is already there, and the event comes from Outlook, not inside React's act(): the
  // answer can land before any render of a "Reading…" line.
  host.selectItem('item-2');
  await waitFor(async () => expect(await verdictText()).toContain('Pass'));
  expect(screen.getAllByRole('heading', { name: /^Verdict/ })).toHaveLength(1);
  expect(screen.queryByText(/From:.*litware\.com/)).toBeNull();
});
