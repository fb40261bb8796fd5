/** @jest-environment jsdom */
/** Activating an evidence line opens the raw view at that line, highlighted; other evidence is marked too. */
import './pane-test-setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseHeaders } from '../../src/parser';
import { diagnoseHeaders } from '../../src/rules';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderWithHost } from './helpers';

test('evidence opens the raw headers at its line, with the evidence lines marked', async () => {
  const raw = fixture('exchange-online/explicit-000-oreject.eml');
  const diagnosis = diagnoseHeaders(raw);
  const evidence = diagnosis.findings.flatMap((finding) => finding.evidence)[0];
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(raw));
  renderWithHost(host);
  await screen.findByRole('heading', { name: /^Verdict/ });
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
