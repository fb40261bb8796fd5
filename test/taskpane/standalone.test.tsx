/** @jest-environment jsdom */
/** Standalone mode (no Outlook): paste, open an .eml file, drop one, or pick a sample. */
import './pane-test-setup';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnoseHeaders } from '../../src/rules';
import { SAMPLES, loadSample } from '../../src/taskpane/samples';
import { verdictLabel } from '../../src/taskpane/pane-words';
import { findDiagnosis, fixture, renderStandalone } from './helpers';

const verdict = findDiagnosis;

test('paste a header block and diagnose it', async () => {
  renderStandalone();
  const raw = fixture('forwarded/forwarded-arc-trusted-130.eml');
  await userEvent.click(await screen.findByRole('textbox', { name: /paste message headers/i }));
  await userEvent.paste(raw);
  await userEvent.click(screen.getByRole('button', { name: 'Diagnose' }));
  expect(within(await verdict()).getByText(verdictLabel(diagnoseHeaders(raw).verdict))).toBeTruthy();
  // Focus moves to the reader's answer so keyboard and screen-reader users land on the result.
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Explained failure/, level: 2 }));
  // The input folds away; it comes back on request.
  await userEvent.click(screen.getByRole('button', { name: 'Diagnose other headers' }));
  expect(await screen.findByRole('textbox', { name: /paste message headers/i })).toBeTruthy();
});

test('an empty paste asks for headers instead of diagnosing nothing', async () => {
  renderStandalone();
  await screen.findByRole('textbox', { name: /paste message headers/i });
  await userEvent.click(screen.getByRole('button', { name: 'Diagnose' }));
  expect(screen.getByText(/Paste a header block first/)).toBeTruthy();
  expect(screen.queryByRole('heading', { name: /^Verdict/ })).toBeNull();
});

test('open an .eml file with the file picker', async () => {
  renderStandalone();
  const raw = fixture('ndr/exo-5.7.509-dmarc-reject.eml');
  const input = (await screen.findByLabelText('Open message file', {
    selector: 'input',
  })) as HTMLInputElement;
  await userEvent.upload(input, new File([raw], 'bounce.eml', { type: 'message/rfc822' }));
  expect(within(await verdict()).getByText(verdictLabel(diagnoseHeaders(raw).verdict))).toBeTruthy();
  expect(screen.getByText('File bounce.eml')).toBeTruthy();
});

test('drop an .eml file on the input area', async () => {
  renderStandalone();
  const raw = fixture('exchange-online/inbound-pass-100.eml');
  const box = await screen.findByRole('textbox', { name: /paste message headers/i });
  const file = new File([raw], 'pass.eml', { type: 'message/rfc822' });
  fireEvent.drop(box, { dataTransfer: { files: [file] } });
  expect(within(await verdict()).getByText('Pass')).toBeTruthy();
  expect(screen.getByText('File pass.eml')).toBeTruthy();
});

test.each(SAMPLES.map((sample) => [sample.label, sample] as const))(
  'sample "%s" diagnoses',
  async (_, sample) => {
    renderStandalone();
    await userEvent.click(await screen.findByRole('button', { name: sample.label }));
    const expected = diagnoseHeaders(await loadSample(sample.id));
    expect(within(await verdict()).getByText(verdictLabel(expected.verdict))).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(expected.findings.length);
  },
);

test('the built-in samples show what they promise', async () => {
  const texts = await Promise.all(SAMPLES.map((sample) => loadSample(sample.id)));
  const byId = Object.fromEntries(SAMPLES.map((sample, index) => [sample.id, diagnoseHeaders(texts[index])]));
  expect(byId.pass.verdict).toBe('pass');
  expect(byId['compauth-000'].auth.compauth).toMatchObject({ result: 'fail', reason: '000' });
  expect(byId['compauth-000'].findings.map((finding) => finding.id)).toContain('compauth-explicit-failure');
  expect(byId.forwarded.auth.compauth).toMatchObject({ result: 'pass', reason: '130' });
  expect(byId.ndr.findings.map((finding) => finding.id)).toContain('ndr-auth-rejection');
});
