/** @jest-environment jsdom */
/**
 * The ARC row keeps apart what the receiver reported and what the seals show: a seal's cv=none on i=1
 * (the start of a chain) is never shown as the receiver's "none", beside a reason-130 rescue.
 */
import './pane-test-setup';
import { screen, within } from '@testing-library/react';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderWithHost } from './helpers';

async function arcRow(raw: string): Promise<HTMLElement> {
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(raw));
  renderWithHost(host);
  const protocols = await screen.findByRole('list', { name: 'Protocol results' });
  return within(protocols).getByText('ARC').closest('li') as HTMLElement;
}

test('receiver silent on ARC, one Gmail seal, compauth 130: "not reported", and the seal starts the chain', async () => {
  const row = await arcRow(fixture('forwarded/forwarded-arc-trusted-130.eml'));
  const text = row.textContent ?? '';
  expect(text).toMatch(/not reported/);
  expect(text).toMatch(/the receiver gave no ARC result/);
  expect(text).toMatch(/sealed by google\.com/);
  expect(text).toMatch(/i=1 starts the chain \(cv=none\)/);
  expect(within(row).queryByText('none')).toBeNull();
});

test("the receiver's own arc= result is the row's result, and the seals are described beside it", async () => {
  const raw = [
    'ARC-Seal: i=2; a=rsa-sha256; t=1763892100; cv=pass; d=lists.example.org; s=arc; b=YmFy',
    'ARC-Seal: i=1; a=rsa-sha256; t=1763892000; cv=none; d=google.com; s=arc-20240605; b=Zm9v',
    'Authentication-Results: mx.fabrikam.com; spf=pass smtp.mailfrom=lists.example.org; arc=pass; dmarc=pass header.from=lists.example.org',
    'From: Dev list <dev@lists.example.org>',
    '',
  ].join('\r\n');
  const row = await arcRow(raw);
  expect(within(row).getByText('pass')).toBeTruthy();
  const text = row.textContent ?? '';
  expect(text).not.toMatch(/not reported|gave no ARC result/);
  expect(text).toMatch(/sealed by lists\.example\.org, google\.com/);
  expect(text).toMatch(/i=2 found the chain before it intact \(cv=pass\)/);
});
