/** @jest-environment jsdom */
/** "Copy report" puts the Markdown report of the shown diagnosis on the clipboard; copy buttons copy one line. */
import './pane-test-setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderMarkdown } from '../../src/report';
import { diagnoseHeaders } from '../../src/rules';
import { FakeMailboxHost, ok } from './fake-host';
import { findDiagnosis, fixture, renderWithHost } from './helpers';

const raw = fixture('exchange-online/explicit-000-oreject.eml');

function mockClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

async function showFixture(): Promise<void> {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(raw));
  renderWithHost(host);
  await findDiagnosis();
}

test('Copy report writes the Markdown report to the clipboard', async () => {
  const writeText = jest.fn((_text: string) => Promise.resolve());
  mockClipboard(writeText);
  await showFixture();
  // userEvent.setup() would install its own clipboard stub: plain clicks keep ours.
  await userEvent.click(screen.getByRole('button', { name: 'Copy report' }));
  await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
  const markdown = writeText.mock.calls[0][0];
  expect(markdown).toBe(renderMarkdown(diagnoseHeaders(raw)));
  expect(markdown).toMatch(/fail/i);
  // The report puts header-derived names in code spans: compare without the backticks.
  const plain = markdown.replace(/`/g, '');
  for (const finding of diagnoseHeaders(raw).findings) expect(plain).toContain(finding.title.slice(0, 20));
  expect(await screen.findByText('Report copied to the clipboard as Markdown.')).toBeTruthy();
});

test('when the clipboard refuses, the report is shown to copy by hand', async () => {
  mockClipboard(() => Promise.reject(new Error('denied')));
  Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
  await showFixture();
  await userEvent.click(screen.getByRole('button', { name: 'Copy report' }));
  const box = await screen.findByRole('textbox', { name: 'Report (Markdown)' });
  expect((box as HTMLTextAreaElement).value).toBe(renderMarkdown(diagnoseHeaders(raw)));
});

test('a fix line copy button copies exactly that record or command', async () => {
  const writeText = jest.fn((_text: string) => Promise.resolve());
  mockClipboard(writeText);
  await showFixture();
  const [firstCopy] = screen.getAllByRole('button', { name: /^Copy: / });
  const code = within(firstCopy.parentElement as HTMLElement).getByText(
    (_, element) => element?.tagName === 'CODE',
  );
  await userEvent.click(firstCopy);
  await waitFor(() => expect(writeText).toHaveBeenCalledWith(code.textContent));
});
