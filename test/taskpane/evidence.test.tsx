/** @jest-environment jsdom */
/** Activating an evidence line opens the raw view at that line, highlighted; other evidence is marked too. */
import './pane-test-setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseHeaders } from '../../src/parser';
import { diagnoseHeaders } from '../../src/rules';
import { FakeMailboxHost, ok } from './fake-host';
import { findDiagnosis, fixture, renderWithHost } from './helpers';

test('evidence opens the raw headers at its line, with the evidence lines marked', async () => {
  const raw = fixture('exchange-online/explicit-000-oreject.eml');
  const diagnosis = diagnoseHeaders(raw);
  const evidence = diagnosis.findings.flatMap((finding) => finding.evidence)[0];
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(raw));
  renderWithHost(host);
  await findDiagnosis();
  expect(screen.queryByRole('list', { name: /Raw headers/ })).toBeNull(); // collapsed until asked for

  const [button] = screen.getAllByRole('button', { name: new RegExp(`^Line ${evidence.line} · `) });
  await userEvent.click(button);

  const rawList = await screen.findByRole('list', { name: /Raw headers, \d+ lines/ });
  const lines = within(rawList).getAllByRole('listitem');
  expect(lines).toHaveLength(parseHeaders(raw).lines.length);
  const target = lines[evidence.line - 1];
  await waitFor(() => expect(document.activeElement).toBe(target));
  expect(target.getAttribute('aria-current')).toBe('location');
  expect(within(target).getByText(/^Evidence:/)).toBeTruthy();
  // Every evidence line of every finding is marked, and only those.
  const evidenceLines = new Set(
    diagnosis.findings.flatMap((finding) => finding.evidence.map((item) => item.line)),
  );
  lines.forEach((line, index) => {
    expect(line.querySelector('mark') !== null).toBe(evidenceLines.has(index + 1));
  });
});

test('a very long block renders only a window of rows, and evidence far down is reachable and focused', async () => {
  // Role queries over thousands of rows are slow in jsdom: rows are counted with querySelectorAll.
  const filler = (count: number): string =>
    Array.from({ length: count }, (_, index) => `X-Filler-${index}: value ${index}\r\n`).join('');
  // Evidence lands far down a 20,000-line block, and the block goes on well after it.
  const raw = `${filler(12_000)}${fixture('exchange-online/explicit-000-oreject.eml')}${filler(8000)}`;
  const total = parseHeaders(raw).lines.length;
  const evidence = diagnoseHeaders(raw).findings.flatMap((finding) => finding.evidence)[0];
  expect(evidence.line).toBeGreaterThan(12_000);
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(raw));
  renderWithHost(host);
  await findDiagnosis();
  const evidenceButton = screen.getAllByRole('button', { name: new RegExp(`^Line ${evidence.line} · `) })[0];
  const rawSummary = screen.getByRole('heading', { name: 'Raw headers' });

  await userEvent.click(rawSummary);
  const list = await screen.findByRole('list', { name: `Raw headers, ${total} lines` });
  const rows = (): HTMLLIElement[] => [...list.querySelectorAll<HTMLLIElement>(':scope > li[data-row]')];
  expect(rows().length).toBeGreaterThan(10);
  expect(rows().length).toBeLessThan(200);
  expect(rows()[0].id).toBe('raw-line-1');
  // Every row says where it stands in the whole block.
  expect(rows()[0].getAttribute('aria-setsize')).toBe(String(total));
  expect(list.getAttribute('tabindex')).toBe('0');

  await userEvent.click(evidenceButton);
  await waitFor(() => expect(document.activeElement?.id).toBe(`raw-line-${evidence.line}`));
  const target = document.activeElement as HTMLElement;
  expect(target.getAttribute('aria-current')).toBe('location');
  expect(target.getAttribute('aria-posinset')).toBe(String(evidence.line));
  expect(within(target).getByText(/^Evidence:/)).toBeTruthy();
  expect(rows().length).toBeLessThan(200);
  expect(rows().some((row) => row.id === 'raw-line-1')).toBe(false);
});
