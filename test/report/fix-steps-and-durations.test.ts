/**
 * The fix-step splitting (what gets a copy button in the pane, a line of its own in the reports) and the
 * duration wording that the pane and the reports share.
 */
import { formatDuration, splitFixStep } from '../../src/report/format-helpers';

test('backtick spans are code', () => {
  expect(splitFixStep('Publish `v=spf1 ip4:203.0.113.20 -all` at contoso.com.')).toEqual([
    { kind: 'prose', text: 'Publish' },
    { kind: 'code', text: 'v=spf1 ip4:203.0.113.20 -all' },
    { kind: 'prose', text: 'at contoso.com.' },
  ]);
  expect(splitFixStep('Run `Get-X and `Set-Y')).toEqual([
    { kind: 'prose', text: 'Run' },
    { kind: 'code', text: 'Get-X and' },
    { kind: 'prose', text: 'Set-Y' },
  ]);
});

test('without backticks, a record or cmdlet starts the code', () => {
  expect(
    splitFixStep(
      'Connect to Exchange Online PowerShell and run: Set-DkimSigningConfig -Identity contoso.com -Enabled $true',
    ),
  ).toEqual([
    { kind: 'prose', text: 'Connect to Exchange Online PowerShell and run:' },
    { kind: 'code', text: 'Set-DkimSigningConfig -Identity contoso.com -Enabled $true' },
  ]);
  expect(splitFixStep('v=DMARC1; p=none; rua=mailto:dmarc@contoso.com')).toEqual([
    { kind: 'code', text: 'v=DMARC1; p=none; rua=mailto:dmarc@contoso.com' },
  ]);
  // The sentence's closing full stop is not part of the record.
  expect(
    splitFixStep('Publish a DMARC record, e.g. v=DMARC1; p=none; rua=mailto:dmarc@fabrikam.com.'),
  ).toEqual([
    { kind: 'prose', text: 'Publish a DMARC record, e.g.' },
    { kind: 'code', text: 'v=DMARC1; p=none; rua=mailto:dmarc@fabrikam.com' },
  ]);
  expect(splitFixStep('Ask the sender to check their DNS.')).toEqual([
    { kind: 'prose', text: 'Ask the sender to check their DNS.' },
  ]);
});

test('durations', () => {
  expect(formatDuration(0)).toBe('0 s');
  expect(formatDuration(59)).toBe('59 s');
  expect(formatDuration(61)).toBe('1 min 1 s');
  expect(formatDuration(3720)).toBe('1 h 2 min');
  expect(formatDuration(-3)).toBe('−3 s');
});
