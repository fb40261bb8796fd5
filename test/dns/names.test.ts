/** Only host names from headers are ever sent to a resolver; IP literals; --dns-server values. */
import { parseDnsServer } from '../../src/cli/dns-server';
import { formatIp, parseIp } from '../../src/dns/ip';
import { dnsQuestions, namesToQuery } from '../../src/dns/questions';
import { diagnoseHeaders } from '../../src/rules';

function questionsFor(domain: string, selector: string): ReturnType<typeof dnsQuestions> {
  return dnsQuestions(
    diagnoseHeaders(
      `Authentication-Results: mx.example.test; spf=fail smtp.mailfrom=${domain}; ` +
        `dkim=fail header.d=${domain} header.s=${selector}\nFrom: a@${domain}\n`,
    ),
  );
}

test('header names are looked up lower-cased', () => {
  expect(questionsFor('Contoso.COM', 'S1')).toMatchObject({
    fromDomain: 'contoso.com',
    dkim: [{ domain: 'contoso.com', selector: 's1' }],
  });
});

test('a header name that is not a host name is never looked up', () => {
  const hostile = questionsFor('con_toso.com', 'sel_ector');
  expect(hostile.fromDomain).toBeNull();
  expect(hostile.dkim).toEqual([]);
  expect(namesToQuery(hostile)).toEqual([]);
});

test('ARC keys: valid names only, outermost first, at most ten however many instances a sender writes', () => {
  const seals = Array.from(
    { length: 12 },
    (_, index) =>
      `ARC-Seal: i=${index + 1}; a=rsa-sha256; cv=none; d=hop${index + 1}.example.test; s=arc; b=YQ==\n`,
  ).join('');
  const hostile = 'ARC-Seal: i=13; a=rsa-sha256; cv=none; d=evil_.example.test; s=arc; b=YQ==\n';
  const questions = dnsQuestions(diagnoseHeaders(`${hostile}${seals}From: a@example.test\n`));
  expect(questions.arc).toEqual(
    Array.from({ length: 10 }, (_, index) => ({ domain: `hop${12 - index}.example.test`, selector: 'arc' })),
  );
  expect(namesToQuery(questions)).toContain('arc._domainkey.hop12.example.test');
  expect(namesToQuery(questions).join(' ')).not.toContain('evil');
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
