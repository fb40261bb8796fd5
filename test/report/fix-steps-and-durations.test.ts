/**
 * Fix steps as the reports print them (the words wrapped, the record or command whole on a line of its
 * own, taken from the step's structure) and the duration wording that the pane and the reports share.
 */
import { renderMarkdown, renderText } from '../../src/report';
import { formatDuration } from '../../src/report/format-helpers';
import type { FixStep } from '../../src/rules/diagnosis';
import { fixCodeLine, fixStepText } from '../../src/rules/fix-step-text';
import { buildDiagnosis, buildFinding } from './diagnosis-builder';

const DMARC: FixStep = {
  text: 'Publish a DMARC record:',
  code: { kind: 'dns-txt', host: '_dmarc.contoso.com', value: 'v=DMARC1; p=none; rua=mailto:d@contoso.com' },
};
const CNAME: FixStep = {
  text: 'Publish the selector:',
  code: {
    kind: 'dns-cname',
    host: 'selector1._domainkey.contoso.com',
    value: 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com',
  },
};
const DKIM: FixStep = {
  text: 'Connect to Exchange Online PowerShell and run:',
  code: { kind: 'powershell', value: 'Set-DkimSigningConfig -Identity contoso.com -Enabled $true' },
};

test('a DNS record reads zone-file style, a command as it is', () => {
  expect(fixCodeLine(DMARC.code!)).toBe(
    '_dmarc.contoso.com TXT "v=DMARC1; p=none; rua=mailto:d@contoso.com"',
  );
  expect(fixCodeLine(CNAME.code!)).toBe(
    'selector1._domainkey.contoso.com CNAME selector1-contoso-com._domainkey.contoso.onmicrosoft.com',
  );
  expect(fixCodeLine(DKIM.code!)).toBe('Set-DkimSigningConfig -Identity contoso.com -Enabled $true');
  expect(fixCodeLine({ kind: 'dns-txt', value: 'v=spf1 -all' })).toBe('v=spf1 -all');
});

test('fix[i] is the words, then the code between backticks; a step without code is its words', () => {
  expect(fixStepText(DMARC)).toBe(
    'Publish a DMARC record: `_dmarc.contoso.com TXT "v=DMARC1; p=none; rua=mailto:d@contoso.com"`',
  );
  expect(fixStepText({ text: 'Ask the sender to check their DNS.' })).toBe(
    'Ask the sender to check their DNS.',
  );
});

test('the text report wraps the words and prints the code whole on its own line', () => {
  const words =
    'Connect to Exchange Online PowerShell with an account that may change DKIM settings, and run:';
  const command = `Set-DkimSigningConfig -Identity ${'very-long-subdomain.'.repeat(4)}contoso.com -Enabled $true`;
  const d = buildDiagnosis({
    findings: [buildFinding({ fixSteps: [{ text: words, code: { kind: 'powershell', value: command } }] })],
  });
  const lines = renderText(d, { width: 60 }).split('\n');
  const at = lines.findIndex((line) => line.trim() === command);
  expect(at).toBeGreaterThan(0);
  expect(lines[at - 1].length).toBeLessThanOrEqual(60);
  expect(lines.slice(0, at).join(' ')).toContain('1. Connect to Exchange Online');
});

test('the Markdown report puts the code in a fenced block inside the numbered item', () => {
  const d = buildDiagnosis({ findings: [buildFinding({ fixSteps: [{ text: 'Ask first.' }, DMARC] })] });
  const markdown = renderMarkdown(d);
  expect(markdown).toContain('1. Ask first.\n2. Publish a DMARC record:\n\n');
  expect(markdown).toMatch(
    /\n {3}`{3,}\n {3}_dmarc\.contoso\.com TXT "v=DMARC1; p=none; rua=mailto:d@contoso\.com"\n {3}`{3,}\n/,
  );
});

test('durations', () => {
  expect(formatDuration(0)).toBe('0 s');
  expect(formatDuration(59)).toBe('59 s');
  expect(formatDuration(61)).toBe('1 min 1 s');
  expect(formatDuration(3720)).toBe('1 h 2 min');
  expect(formatDuration(-3)).toBe('−3 s');
});
