/** @jest-environment jsdom */
/**
 * The headers request goes out when the host connects, before the mailbox view mounts; the view takes that
 * answer instead of asking twice, and an early answer for an item the user has since left is not shown.
 */
import './pane-test-setup';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/app';
import { withHeadersRequested } from '../../src/taskpane/early-headers';
import type { HostConnection } from '../../src/taskpane/mailbox';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture } from './helpers';

const passing = fixture('exchange-online/inbound-pass-100.eml');
const failing = fixture('exchange-online/explicit-000-oreject.eml');

function renderEarly(host: FakeMailboxHost): void {
  const connection = withHeadersRequested({ mode: 'mailbox', host });
  render(<App connect={() => Promise.resolve(connection)} />);
}

test('the request is sent on connection and its answer serves the first diagnosis', async () => {
  const host = new FakeMailboxHost();
  const connection = withHeadersRequested({ mode: 'mailbox', host });
  expect(host.requests).toBe(1);

  render(<App connect={() => Promise.resolve(connection)} />);
  host.answer('item-1', ok(passing, 'item-1'));
  const heading = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
  expect(heading.textContent).toContain('Pass');
  expect(host.requests).toBe(1);
});

test('later requests (retry, another item) ask the host again', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(passing, 'item-1'));
  const connection = withHeadersRequested({ mode: 'mailbox', host });
  if (connection.mode !== 'mailbox') throw new Error('expected a mailbox connection');
  await expect(connection.host.getCurrentHeaders()).resolves.toEqual(ok(passing, 'item-1'));
  expect(host.requests).toBe(1);
  await connection.host.getCurrentHeaders();
  expect(host.requests).toBe(2);
});

test('an early answer for an item the user has left is read again for the item shown', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-2', ok(failing, 'item-2'));
  renderEarly(host); // item-1's request is out
  host.itemKey = 'item-2'; // the selection moved before the view mounted
  host.answer('item-1', ok(passing, 'item-1'));

  const heading = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
  expect(heading.textContent).toContain('Fail');
  expect(host.requests).toBe(2);
});

test('a standalone connection passes through unchanged', () => {
  const standalone: HostConnection = { mode: 'standalone', reason: 'No Outlook host found.' };
  expect(withHeadersRequested(standalone)).toBe(standalone);
});

test('the host behind the early request is the one the pane talks to', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(passing, 'item-1'));
  host.recipient = 'reader@contoso.com';
  const connection = withHeadersRequested({ mode: 'mailbox', host });
  if (connection.mode !== 'mailbox') throw new Error('expected a mailbox connection');
  expect(connection.host.currentItemKey()).toBe('item-1');
  expect(connection.host.recipientAddress()).toBe('reader@contoso.com');
  const changed = jest.fn();
  connection.host.onItemChanged(changed);
  host.selectItem('item-2');
  await waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
});
