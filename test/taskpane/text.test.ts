/** Fix-step splitting (what gets a copy button) and duration formatting. */
import { formatDuration, splitFixStep } from '../../src/taskpane/text';

test('backtick spans are code', () => {
  expect(splitFixStep('Publish `v=spf1 ip4:203.0.113.20 -all` at contoso.com.')).toEqual([
    { kind: 'text', text: 'Publish ' },
    { kind: 'code', text: 'v=spf1 ip4:203.0.113.20 -all' },
    { kind: 'text', text: ' at contoso.com.' },
  ]);
});

test('an unmatched backtick leaves the rest as text', () => {
  expect(splitFixStep('Run `Get-X and `Set-Y')).toEqual([
    { kind: 'text', text: 'Run ' },
    { kind: 'code', text: 'Get-X and ' },
    { kind: 'text', text: 'Set-Y' },
  ]);
});

test('without backticks, a record or cmdlet starts the code', () => {
  expect(
    splitFixStep(
      'Connect to Exchange Online PowerShell and run: Set-DkimSigningConfig -Identity contoso.com -Enabled $true',
    ),
  ).toEqual([
    { kind: 'text', text: 'Connect to Exchange Online PowerShell and run: ' },
    { kind: 'code', text: 'Set-DkimSigningConfig -Identity contoso.com -Enabled $true' },
  ]);
  expect(splitFixStep('v=DMARC1; p=none; rua=mailto:dmarc@contoso.com')).toEqual([
    { kind: 'code', text: 'v=DMARC1; p=none; rua=mailto:dmarc@contoso.com' },
  ]);
  expect(
    splitFixStep('Publish a DMARC record, e.g. v=DMARC1; p=none; rua=mailto:dmarc@fabrikam.com.'),
  ).toEqual([
    { kind: 'text', text: 'Publish a DMARC record, e.g. ' },
    { kind: 'code', text: 'v=DMARC1; p=none; rua=mailto:dmarc@fabrikam.com' },
    { kind: 'text', text: '.' },
  ]);
  expect(splitFixStep('Ask the sender to check their DNS.')).toEqual([
    { kind: 'text', text: 'Ask the sender to check their DNS.' },
  ]);
});

test('durations', () => {
  expect(formatDuration(0)).toBe('0 s');
  expect(formatDuration(59)).toBe('59 s');
  expect(formatDuration(61)).toBe('1 min 1 s');
  expect(formatDuration(3720)).toBe('1 h 2 min');
  expect(formatDuration(-3)).toBe('−3 s');
});
