/** Only host names from headers are ever sent to a resolver. */
import { asQueryName } from '../../src/dns/names';
import { formatIp, parseIp } from '../../src/dns/ip';
import { parseDnsServer } from '../../src/cli/dns-server';

test.each([
  ['Contoso.COM.', 'contoso.com'],
  ['mail.contoso.com', 'mail.contoso.com'],
  ['contoso', null],
  ['-bad.contoso.com', null],
  ['con_toso.com', null],
  ['contoso.com; rm -rf', null],
  ['"quoted".com', null],
])('asQueryName(%p)', (text, expected) => {
  expect(asQueryName(text)).toBe(expected);
});

test('a selector is one label or more', () => {
  expect(asQueryName('selector1', 1)).toBe('selector1');
  expect(asQueryName('s1.x', 1)).toBe('s1.x');
  expect(asQueryName('sel ector', 1)).toBeNull();
});

test('IP literals', () => {
  expect(parseIp('::ffff:192.0.2.1')).toEqual({ version: 4, bytes: [192, 0, 2, 1] });
  expect(formatIp(parseIp('2001:DB8:0:0:0:0:0:1')!)).toBe('2001:db8::1');
  expect(parseIp('01.2.3.4')).toBeNull();
  expect(parseIp('1:2:3:4:5:6:7:8:9')).toBeNull();
  expect(parseIp('1::2::3')).toBeNull();
});

test.each([
  ['127.0.0.1:5353', { host: '127.0.0.1', port: 5353 }],
  ['127.0.0.1', { host: '127.0.0.1', port: 53 }],
  ['[::1]:5353', { host: '::1', port: 5353 }],
  ['::1', { host: '::1', port: 53 }],
  ['dns.example.test:53', { host: 'dns.example.test', port: 53 }],
  ['127.0.0.1:0', null],
  ['127.0.0.1:99999', null],
  ['[::1', null],
  [':53', null],
])('parseDnsServer(%p)', (text, expected) => {
  expect(parseDnsServer(text)).toEqual(expected);
});
