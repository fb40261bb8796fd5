/** Edits of published records: where the mechanism goes, merging two SPF records, the next DMARC step. */
import { mergeSpfRecords, nextDmarcRecord, spfWithMechanism } from '../../src/dns/record-edits';

test('the mechanism goes before all or redirect, once', () => {
  expect(spfWithMechanism('v=spf1 include:a.example ~all', 'ip4:192.0.2.1')).toBe(
    'v=spf1 include:a.example ip4:192.0.2.1 ~all',
  );
  expect(spfWithMechanism('v=spf1 mx redirect=_spf.example', 'ip4:192.0.2.1')).toBe(
    'v=spf1 mx ip4:192.0.2.1 redirect=_spf.example',
  );
  expect(spfWithMechanism('v=spf1 mx', 'ip6:2001:db8::1')).toBe('v=spf1 mx ip6:2001:db8::1');
  expect(spfWithMechanism('v=spf1 ip4:192.0.2.1 -all', 'ip4:192.0.2.1')).toBeNull();
});

test('a record that cannot stand between quotes as it is, or is invalid, is not reproduced', () => {
  expect(spfWithMechanism('v=spf1 exists:%{l}."x -all', 'ip4:192.0.2.1')).toBeNull();
  expect(spfWithMechanism('v=spf1 a:b\\c.example -all', 'ip4:192.0.2.1')).toBeNull();
  expect(spfWithMechanism('v=spf1 bogus -all', 'ip4:192.0.2.1')).toBeNull();
});

test('two records merge into one that authorises what both did', () => {
  expect(
    mergeSpfRecords(['v=spf1 ip4:192.0.2.10 -all', 'v=spf1 include:_spf.example ip4:192.0.2.10 ~all']),
  ).toBe('v=spf1 ip4:192.0.2.10 include:_spf.example -all');
  expect(mergeSpfRecords(['v=spf1 -all'])).toBeNull();
});

test('DMARC one step stricter, pct and t dropped', () => {
  expect(nextDmarcRecord('v=DMARC1; p=none; pct=50; rua=mailto:d@example.com')).toEqual({
    record: 'v=DMARC1; p=quarantine; rua=mailto:d@example.com',
    policy: 'quarantine',
  });
  expect(nextDmarcRecord('v=DMARC1; p=quarantine; t=y')).toEqual({
    record: 'v=DMARC1; p=reject',
    policy: 'reject',
  });
  expect(nextDmarcRecord('v=DMARC1; p=reject')).toBeNull();
});
