/** @jest-environment jsdom */
/**
 * Rough edges a first-time reader meets: "1 hops", a +1 s hop marked as the slowest, prose pasted as
 * headers given a full "Unknown" diagnosis.
 */
import './pane-test-setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HopsTimeline from '../../src/taskpane/components/hops-timeline';
import type { HopSummary } from '../../src/rules/diagnosis';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderStandalone, renderWithHost } from './helpers';

const hop = (delaySeconds: number | null, by: string): HopSummary => ({
  from: 'relay.example',
  by,
  with: 'ESMTP',
  at: '2026-11-17T14:02:49.000Z',
  delaySeconds,
});

test('one Received hop reads "1 hop", not "1 hops"', async () => {
  const raw = [
    'Received: from mail.contoso.com (203.0.113.5) by mx.fabrikam.com with ESMTPS; Tue, 17 Nov 2026 14:02:49 +0000',
    'Authentication-Results: mx.fabrikam.com; spf=pass smtp.mailfrom=contoso.com',
    'From: megan@contoso.com',
    'Subject: hello',
    '',
  ].join('\r\n');
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(raw));
  renderWithHost(host);
  expect(await screen.findByText(/^1 hop, /)).toBeTruthy();
  expect(screen.queryByText(/1 hops/)).toBeNull();
});

/** The distinct looks (class lists) of the delay bars drawn. */
const barLooks = (container: HTMLElement): Set<string> =>
  new Set([...container.querySelectorAll('[aria-hidden] > span')].map((bar) => bar.className));

test('delays of seconds are not marked as the slowest hop', () => {
  const { container } = render(
    <HopsTimeline hops={[hop(null, 'a.example'), hop(1, 'b.example'), hop(2, 'c.example')]} />,
  );
  expect(screen.getByText('+2 s')).toBeTruthy();
  expect(screen.queryByText(/slowest\)/)).toBeNull();
  expect(barLooks(container).size).toBe(1); // the +2 s bar is drawn like the +1 s one
});

test('a delay of five minutes or more is marked, in words as well as colour', () => {
  const { container } = render(
    <HopsTimeline hops={[hop(null, 'a.example'), hop(3, 'b.example'), hop(720, 'c.example')]} />,
  );
  const marked = screen.getByText(/\(slowest\)$/);
  expect(marked.textContent).toMatch(/^\+12 min/);
  expect(screen.getAllByText(/\(slowest\)/)).toHaveLength(1);
  expect(barLooks(container).size).toBe(2);
});

test('pasted prose says "no header fields found", as the command line does, and diagnoses nothing', async () => {
  renderStandalone();
  const box = await screen.findByRole('textbox', { name: /paste message headers/i });
  await userEvent.click(box);
  await userEvent.paste('hello world');
  await userEvent.click(screen.getByRole('button', { name: 'Diagnose' }));
  expect(await screen.findByText(/no header fields found/)).toBeTruthy();
  expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
});

test('real headers pasted after prose are diagnosed', async () => {
  renderStandalone();
  const box = await screen.findByRole('textbox', { name: /paste message headers/i });
  await userEvent.click(box);
  await userEvent.paste('hello world');
  await userEvent.click(screen.getByRole('button', { name: 'Diagnose' }));
  await screen.findByText(/no header fields found/);
  await userEvent.clear(box);
  await userEvent.paste(fixture('exchange-online/inbound-pass-100.eml'));
  await userEvent.click(screen.getByRole('button', { name: 'Diagnose' }));
  const verdict = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
  expect(within(verdict).getByText('Pass')).toBeTruthy();
});
