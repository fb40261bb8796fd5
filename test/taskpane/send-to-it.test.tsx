/** @jest-environment jsdom */
/**
 * "Send to IT": a new message to the build-time help-desk address, with the diagnosis as escaped HTML
 * and the message attached as an Outlook item; absent when the build set no address.
 */
import './pane-test-setup';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnoseHeaders } from '../../src/rules';
import { itReport } from '../../src/taskpane/it-report';
import { FakeMailboxHost, ok } from './fake-host';
import { findDiagnosis, fixture, renderWithHost } from './helpers';

const globals = globalThis as { __HELPDESK__?: string };

afterEach(() => {
  delete globals.__HELPDESK__;
});

async function paneFor(name: string): Promise<FakeMailboxHost> {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(fixture(name)));
  renderWithHost(host);
  await findDiagnosis();
  return host;
}

test('opens a message to the help desk with the report and the message attached', async () => {
  globals.__HELPDESK__ = 'security@contoso.com';
  const host = await paneFor('exchange-online/explicit-000-oreject.eml');
  await userEvent.click(screen.getByRole('button', { name: 'Send to IT' }));
  await waitFor(() => expect(host.opened).toHaveLength(1));
  const [message] = host.opened;
  expect(message.to).toEqual(['security@contoso.com']);
  expect(message.subject).toBe('Auth Doctor: suspicious message "Payroll change confirmation"');
  expect(message.attachCurrentItemAs).toBe('Payroll change confirmation');
  expect(message.htmlBody).toContain('This looks forged: it claims to be from litware.com');
  expect(
    await screen.findByText('A message to security@contoso.com is open: check it and send it.'),
  ).toBeTruthy();
});

test('says so when Outlook cannot open the form', async () => {
  globals.__HELPDESK__ = 'security@contoso.com';
  const host = await paneFor('exchange-online/inbound-pass-100.eml');
  host.canOpen = false;
  await userEvent.click(screen.getByRole('button', { name: 'Send to IT' }));
  expect(await screen.findByText(/Outlook cannot open a new message here/)).toBeTruthy();
});

test('is not offered when the build set no help-desk address', async () => {
  await paneFor('exchange-online/inbound-pass-100.eml');
  expect(screen.queryByRole('button', { name: 'Send to IT' })).toBeNull();
});

test('escapes every header-derived character in the HTML body', () => {
  const raw = fixture('exchange-online/inbound-pass-100.eml').replace(
    /^Subject: .*$/m,
    'Subject: <img src=x onerror="alert(1)"> & co',
  );
  const message = itReport(diagnoseHeaders(raw), 'security@contoso.com');
  expect(message.htmlBody).not.toContain('<img');
  expect(message.htmlBody).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
});
