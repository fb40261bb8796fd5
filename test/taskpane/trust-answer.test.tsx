/** @jest-environment jsdom */
/**
 * The reader's answer comes first: before the verdict and any protocol, the trust level (as a word and an
 * icon, not only a colour), the headline and one next step; the message block names the parties.
 */
import './pane-test-setup';
import { screen, within } from '@testing-library/react';
import { FakeMailboxHost, ok } from './fake-host';
import { findDiagnosis, fixture, renderWithHost } from './helpers';

async function answerFor(name: string, recipient: string | null = null): Promise<HTMLElement> {
  const host = new FakeMailboxHost();
  host.recipient = recipient;
  host.responses.set('item-1', ok(fixture(name)));
  renderWithHost(host);
  await findDiagnosis();
  return screen.getByRole('heading', {
    name: /^(Verified sender|Explained failure|Not verified|Suspicious)/,
  });
}

/** True when `a` comes before `b` in the document. */
function before(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

test('a spoof: "Suspicious", the forged-sender sentence and the report-it step, above the verdict', async () => {
  const answer = await answerFor('exchange-online/explicit-000-oreject.eml');
  expect(answer.textContent).toBe(
    'SuspiciousThis looks forged: it claims to be from litware.com but came from a server litware.com does not use.',
  );
  const section = answer.closest('section') as HTMLElement;
  expect(within(section).getByText(/report it \(Outlook: Report ▸ Phishing\)/)).toBeTruthy();
  expect(before(answer, screen.getByRole('heading', { name: /^Verdict/ }))).toBe(true);
  expect(before(answer, screen.getByRole('heading', { name: 'Protocols' }))).toBe(true);
});

test('the CEO-fraud look-alike names the reader’s own domain, from the signed-in mailbox', async () => {
  const answer = await answerFor('exchange-online/impersonation-9.20-lookalike.eml', 'payables@contoso.com');
  expect(answer.textContent).toMatch(/^Suspicious/);
  expect(answer.textContent).toContain('contos0-corp.example only looks like your own domain contoso.com');
  expect(answer.textContent).not.toMatch(/^Verified/);
});

test('a genuine pass reads "Verified sender"', async () => {
  const answer = await answerFor('exchange-online/inbound-pass-100.eml');
  expect(answer.textContent).toBe("Verified senderSent by fabrikam.com's own servers and verified.");
});

test('a forwarded message reads "Explained failure" with its signals listed', async () => {
  const answer = await answerFor('seeds/ts-forwarding.eml');
  expect(answer.textContent).toMatch(/^Explained failure/);
  const why = within(answer.closest('section') as HTMLElement).getByRole('list', { name: 'Why' });
  expect(within(why).getAllByRole('listitem').length).toBeGreaterThan(0);
});

test('the message block shows the display name, Reply-To, To and the delivery time', async () => {
  await answerFor('odd-format/from-comment-reply-to.eml');
  expect(screen.getByText(/^From: .+ <.+@fabrikam\.com>$/)).toBeTruthy();
  expect(screen.getByText(/^Reply-To: .+@fabrikam-support\.example$/)).toBeTruthy();
  expect(screen.getByText(/^To: /)).toBeTruthy();
  expect(screen.getByText(/^Delivery time: /)).toBeTruthy();
});
