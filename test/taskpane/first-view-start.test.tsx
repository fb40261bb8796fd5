/** @jest-environment jsdom */
/**
 * The pane's start without React: the status line at once, the host's headers asked for as soon as it
 * connects, the verdict drawn by the first view, and only then the React pane, which takes over the same
 * diagnosis (no second request to Outlook, no "Reading…" line). Every other state goes to React at once.
 */
import './pane-test-setup';
import { act, screen, waitFor } from '@testing-library/react';
import type { Handover } from '../../src/taskpane/handover';
import type { HostConnection } from '../../src/taskpane/mailbox';
import { startPane, type ReactPane } from '../../src/taskpane/first-view/start';
import { mountApp } from '../../src/taskpane/mount-app';
import { FakeMailboxHost, ok } from './fake-host';
import { findDiagnosis, fixture } from './helpers';

const PASSING = fixture('exchange-online/inbound-pass-100.eml');
const FAILING = fixture('exchange-online/explicit-000-oreject.eml');

/** A React pane that records what it was handed and mounts only when the test says. */
function heldPane(): { load: () => Promise<ReactPane>; handovers: Handover[]; loads: () => number } {
  const handovers: Handover[] = [];
  let loads = 0;
  return {
    handovers,
    loads: () => loads,
    load: () => {
      loads += 1;
      return Promise.resolve({
        mountApp: (_container: HTMLElement, handover: Handover) => {
          handovers.push(handover);
          return Promise.resolve();
        },
      });
    },
  };
}

/** A React pane chunk still downloading until the test delivers it (or makes it fail). */
function downloadingPane(): {
  load: () => Promise<ReactPane>;
  handovers: Handover[];
  loads: () => number;
  deliver: () => void;
  fail: (error: Error) => void;
} {
  const recorded = heldPane();
  let deliver: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const download = new Promise<void>((resolve, reject) => {
    deliver = resolve;
    fail = reject;
  });
  return {
    handovers: recorded.handovers,
    loads: recorded.loads,
    load: () => {
      const pane = recorded.load();
      return download.then(() => pane);
    },
    deliver: () => deliver(),
    fail: (error) => fail(error),
  };
}

function start(
  connecting: Promise<HostConnection>,
  options: Parameters<typeof startPane>[2] = {},
): HTMLElement {
  const container = document.createElement('div');
  container.id = 'root';
  document.body.replaceChildren(container);
  startPane(container, connecting, options);
  return container;
}

const verdictHeading = (): HTMLElement => screen.getByRole('heading', { name: /^Verdict/, level: 2 });

test('status at once, then the verdict without React, then React is loaded with the diagnosis', async () => {
  const host = new FakeMailboxHost();
  let connect: (connection: HostConnection) => void = () => undefined;
  const pane = heldPane();
  start(new Promise((resolve) => (connect = resolve)), { loadReactPane: pane.load });

  expect(screen.getByRole('status').textContent).toBe('Connecting to Outlook…');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Auth Doctor');
  connect({ mode: 'mailbox', host });
  await screen.findByText("Reading this message's headers…");
  expect(host.requests).toBe(1);

  host.answer('item-1', ok(FAILING));
  await waitFor(() => expect(verdictHeading().textContent).toBe('VerdictFail'));
  expect(screen.getByRole('heading', { name: /^Suspicious/, level: 2 })).toBeTruthy();
  expect(pane.loads()).toBe(0);

  await waitFor(() => expect(pane.handovers).toHaveLength(1));
  const [{ connection, firstRead }] = pane.handovers;
  expect(connection.mode).toBe('mailbox');
  expect(firstRead?.settled()).toMatchObject({ status: 'ready' });
  expect(host.requests).toBe(1);
});

test('the React pane takes over in one commit: same verdict, one heading, no second read', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(FAILING));
  const pane = heldPane();
  const container = start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load });
  await waitFor(() => expect(pane.handovers).toHaveLength(1));
  const drawn = verdictHeading().textContent;

  await act(() => mountApp(container, pane.handovers[0]));
  // Right after the commit: the React pane (inside FluentProvider) shows the verdict, nothing else is left.
  expect(container.querySelector('.fui-FluentProvider')).not.toBeNull();
  expect(screen.getAllByRole('heading', { name: /^Verdict/ })).toHaveLength(1);
  expect(verdictHeading().textContent).toBe(drawn);
  expect(screen.queryByText("Reading this message's headers…")).toBeNull();
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  await findDiagnosis();
  expect(host.requests).toBe(1);
});

test('standalone: React is loaded at once, with no read to take over', async () => {
  const pane = heldPane();
  start(Promise.resolve({ mode: 'standalone', reason: 'No Outlook host found.' }), {
    loadReactPane: pane.load,
  });
  await waitFor(() => expect(pane.handovers).toHaveLength(1));
  expect(pane.handovers[0]).toEqual({
    connection: { mode: 'standalone', reason: 'No Outlook host found.' },
    firstRead: null,
  });
});

test('a host problem goes to React as it is, without a first-view verdict', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', { ok: false, failure: { kind: 'compose' }, itemKey: 'item-1' });
  const pane = heldPane();
  start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load });
  await waitFor(() => expect(pane.handovers).toHaveLength(1));
  expect(pane.handovers[0].firstRead?.settled()).toEqual({ status: 'problem', failure: { kind: 'compose' } });
  expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
});

test('another item selected while the first is read: React at once, and the first never drawn', async () => {
  const host = new FakeMailboxHost();
  const pane = heldPane();
  start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load });
  await waitFor(() => expect(host.requests).toBe(1));
  host.selectItem('item-2');
  await waitFor(() => expect(pane.handovers).toHaveLength(1));
  host.answer('item-1', ok(FAILING));
  await pane.handovers[0].firstRead?.outcome;
  expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
});

test('Outlook silent: React is loaded when the answer wait is over, and says so at once', async () => {
  jest.useFakeTimers();
  try {
    const host = new FakeMailboxHost();
    const pane = heldPane();
    start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load, answerTimeoutMs: 5000 });
    await jest.advanceTimersByTimeAsync(4900);
    expect(pane.loads()).toBe(0);
    await jest.advanceTimersByTimeAsync(200);
    expect(pane.handovers).toHaveLength(1);
    expect(pane.handovers[0].firstRead?.settled()).toBeNull();
  } finally {
    jest.useRealTimers();
  }
});

test('a pane mounted after the answer wait says "did not answer" at once, and a late answer still counts', async () => {
  jest.useFakeTimers();
  try {
    const host = new FakeMailboxHost();
    const pane = heldPane();
    const container = start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load });
    await jest.advanceTimersByTimeAsync(19_000);
    expect(pane.handovers).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1_100);
    expect(pane.handovers).toHaveLength(1);
    await act(() => mountApp(container, pane.handovers[0]));
    // The pane's own wait counts from the first view's request: nothing is left of it.
    await jest.advanceTimersByTimeAsync(10);
    jest.useRealTimers();
    await screen.findByRole('heading', { name: 'Outlook did not answer' });
    host.answer('item-1', ok(PASSING));
    await waitFor(() => expect(verdictHeading().textContent).toBe('VerdictPass'));
    expect(host.requests).toBe(1);
  } finally {
    jest.useRealTimers();
  }
});

test('another item selected while the React chunk downloads: the verdict goes, the status says reading', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(FAILING));
  const pane = downloadingPane();
  start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load });
  await waitFor(() => expect(pane.loads()).toBe(1));
  expect(verdictHeading()).toBeTruthy();

  host.selectItem('item-2');
  expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
  expect(screen.getByRole('status').textContent).toBe("Reading this message's headers…");

  pane.deliver();
  await waitFor(() => expect(pane.handovers).toHaveLength(1));
  expect(pane.loads()).toBe(1);
});

test('a host that calls the item listener while it is registered: React still loads', async () => {
  class EagerHost extends FakeMailboxHost {
    override onItemChanged(listener: () => void): () => void {
      listener();
      return super.onItemChanged(listener);
    }
  }
  const host = new EagerHost();
  const pane = heldPane();
  start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load });
  await waitFor(() => expect(pane.handovers).toHaveLength(1));
  expect(pane.loads()).toBe(1);
});

test('a React chunk that fails after the verdict: the verdict stays, the error below it', async () => {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(FAILING));
  const pane = downloadingPane();
  start(Promise.resolve({ mode: 'mailbox', host }), { loadReactPane: pane.load });
  await waitFor(() => expect(pane.loads()).toBe(1));
  pane.fail(new Error('chunk timed out'));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toMatch(/could not load.*chunk timed out/),
  );
  const verdict = verdictHeading();
  const status = screen.getByRole('status');
  expect(verdict.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});
