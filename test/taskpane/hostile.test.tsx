/** @jest-environment jsdom */
/**
 * Header values are attacker-controlled: markup and javascript: URLs in them render as inert text, in the
 * findings, the headline, the antispam list and the raw view.
 */
import './pane-test-setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { diagnoseHeaders } from '../../src/rules';
import { FindingCard } from '../../src/taskpane/components/finding-card';
import { safeHref } from '../../src/taskpane/safe-href';
import { FakeMailboxHost, ok } from './fake-host';
import { findDiagnosis, fixture, renderWithHost } from './helpers';

function expectInert(container: HTMLElement): void {
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('script')).toBeNull();
  for (const anchor of Array.from(container.querySelectorAll('a'))) {
    expect(anchor.getAttribute('href') ?? '').toMatch(/^https?:\/\//);
  }
  for (const element of Array.from(container.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
  }
}

test('hostile header values render as text, everywhere the pane shows them', async () => {
  const alert = jest.fn();
  window.alert = alert;
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(fixture('hostile.eml')));
  const { container } = renderWithHost(host);
  await findDiagnosis();

  // Open every lazy section, and jump to an evidence line.
  for (const name of ['Antispam verdict', 'Route and delays', 'Raw headers']) {
    const heading = screen.queryByRole('heading', { name });
    if (heading) await userEvent.click(heading);
  }
  await screen.findByRole('list', { name: /Raw headers, \d+ lines/ });

  // The markup is visible as characters.
  expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
  expect(screen.getAllByText(/javascript:alert/).length).toBeGreaterThan(0);
  expectInert(container);
  expect(alert).not.toHaveBeenCalled();
});

test('a reference that is not http(s) is shown as text, never as a link', () => {
  const diagnosis = diagnoseHeaders(fixture('exchange-online/explicit-000-oreject.eml'));
  // As if a knowledge table had been corrupted: the pane must still refuse to link it.
  const finding = {
    ...diagnosis.findings[0],
    references: ['javascript:alert(1)', 'data:text/html,<script>x</script>'],
  };
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <FindingCard finding={finding} index={0} onShowLine={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getByText('javascript:alert(1)').tagName).toBe('SPAN');
  expectInert(container);
  expect(container.querySelectorAll('a')).toHaveLength(0);
});

test('safeHref keeps only absolute http(s) URLs', async () => {
  expect(safeHref('https://learn.microsoft.com/x')).toBe('https://learn.microsoft.com/x');
  expect(safeHref('http://example.com/')).toBe('http://example.com/');
  expect(safeHref('javascript:alert(1)')).toBeNull();
  expect(safeHref(' JavaScript:alert(1)')).toBeNull();
  expect(safeHref('data:text/html,x')).toBeNull();
  expect(safeHref('/relative')).toBeNull();
  await waitFor(() => undefined);
});

test('results named like object prototype members render as "none" (no registered word), not a crash', async () => {
  const raw = fixture('exchange-online/explicit-000-oreject.eml')
    .replace('spf=fail', 'spf=constructor')
    .replace('dkim=none', 'dkim=__proto__');
  const host = new FakeMailboxHost();
  host.responses.set('item-1', ok(raw));
  renderWithHost(host);
  await findDiagnosis();
  const protocols = screen.getByRole('list', { name: 'Protocol results' });
  // The parser maps words outside the registered lists to "none" (the written word stays in rawResult).
  expect(protocols.textContent).toContain('SPFnone');
  expect(protocols.textContent).toContain('DKIMnone');
});
