/** @jest-environment jsdom */
/**
 * The real engine on real fixture header blocks, rendered by the real pane: the verdict, every finding's
 * title, owner label and fix line, and the protocol strip.
 */
import './pane-test-setup';
import { screen, within } from '@testing-library/react';
import { renderMarkdown } from '../../src/report';
import { OWNER_LABELS } from '../../src/report/owner-labels';
import { diagnoseHeaders } from '../../src/rules';
import { verdictLabel } from '../../src/taskpane/pane-words';
import { FakeMailboxHost, ok } from './fake-host';
import { findDiagnosis, fixture, renderWithHost } from './helpers';

const FIXTURES = [
  'exchange-online/inbound-pass-100.eml',
  'exchange-online/explicit-000-oreject.eml',
  'forwarded/forwarded-arc-trusted-130.eml',
  'ndr/exo-5.7.509-dmarc-reject.eml',
  'seeds/ts-gateway-modifying.eml',
  'marketing-service/esp-third-party-sender.eml',
  'seeds/ts-partner-spoof-intelligence.eml',
  'exchange-online/undocumented-604.eml',
];

describe.each(FIXTURES)('%s', (name) => {
  const raw = fixture(name);
  const diagnosis = diagnoseHeaders(raw);

  test('renders the verdict, the summary, every finding with its owner and fix, and the protocols', async () => {
    const host = new FakeMailboxHost();
    host.responses.set('item-1', ok(raw));
    renderWithHost(host);

    const verdict = await findDiagnosis();
    expect(within(verdict).getByText(verdictLabel(diagnosis.verdict))).toBeTruthy();
    expect(screen.getByText(diagnosis.summary)).toBeTruthy();

    const findings = screen.getAllByRole('article');
    expect(findings).toHaveLength(diagnosis.findings.length);
    diagnosis.findings.forEach((finding, index) => {
      const card = findings[index];
      expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(finding.title);
      expect(within(card).getByText(OWNER_LABELS[finding.owner])).toBeTruthy();
      expect(within(card).getByText(finding.explanation)).toBeTruthy();
      if (finding.fix.length === 0) return;
      const items = within(within(card).getByRole('list', { name: 'How to fix' })).getAllByRole('listitem');
      expect(items).toHaveLength(finding.fix.length);
      finding.fixSteps.forEach((step, stepIndex) => {
        const item = items[stepIndex];
        expect(item.textContent).toContain(step.text);
        if (step.code) {
          expect(within(item).getAllByText(step.code.value, { selector: 'code' }).length).toBeGreaterThan(0);
          if (step.code.host) expect(item.textContent).toContain(step.code.host);
          expect(within(item).getAllByRole('button', { name: /^Copy: / }).length).toBeGreaterThan(0);
        }
        // Every PowerShell line and DNS record in a step is copyable: none is left inside the words.
        if (/\b(?:Set|New)-[A-Z][A-Za-z]+\b|v=(?:spf1|DMARC1)\b/.test(finding.fix[stepIndex])) {
          expect(step.code).toBeDefined();
          expect(within(item).getAllByRole('button', { name: /^Copy: / }).length).toBeGreaterThan(0);
        }
      });
    });

    const protocols = screen.getByRole('list', { name: 'Protocol results' });
    expect(within(protocols).getByText('SPF')).toBeTruthy();
    expect(within(protocols).getByText('DMARC')).toBeTruthy();
    const row = (name: string): HTMLElement => within(protocols).getByText(name).closest('li') as HTMLElement;
    if (diagnosis.auth.spf) expect(within(row('SPF')).getByText(diagnosis.auth.spf.result)).toBeTruthy();
    if (diagnosis.auth.dmarc)
      expect(within(row('DMARC')).getByText(diagnosis.auth.dmarc.result)).toBeTruthy();
    if (diagnosis.auth.compauth) {
      const compauth = row('compauth');
      expect(within(compauth).getByText(diagnosis.auth.compauth.result)).toBeTruthy();
      if (diagnosis.auth.compauth.reason) {
        expect(
          within(compauth).getByText(new RegExp(`reason ${diagnosis.auth.compauth.reason}`)),
        ).toBeTruthy();
      }
      expect(compauth.textContent).toContain(diagnosis.auth.compauth.meaning);
    }
    // The Markdown report exists for this diagnosis (Copy report is tested on its own).
    expect(renderMarkdown(diagnosis).length).toBeGreaterThan(0);
  });
});
