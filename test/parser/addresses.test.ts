import { parseHeaders } from '../../src/parser';
import { domainToAscii, punycodeEncode } from '../../src/parser/punycode';

describe('From / Sender / Reply-To / Return-Path', () => {
  it('reads display names with commas, quotes and comments', () => {
    const parsed = parseHeaders(
      [
        'From: "Doe, John" <John.Doe@Contoso.COM>',
        'Sender: Chris (assistant) <chris@fabrikam.com>',
        'Reply-To: "Support \\"Team\\"" <support@contoso.com>, other@contoso.com',
        'Return-Path: <bounces+123-abc=contoso.com@sendgrid.net>',
      ].join('\r\n'),
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.from).toEqual({
      name: 'Doe, John',
      address: 'John.Doe@Contoso.COM',
      domain: 'contoso.com',
      loc: { header: 'From', line: 1, text: '"Doe, John" <John.Doe@Contoso.COM>' },
    });
    expect(parsed.sender).toMatchObject({
      name: 'Chris',
      address: 'chris@fabrikam.com',
      domain: 'fabrikam.com',
    });
    expect(parsed.replyTo).toMatchObject({
      name: 'Support "Team"',
      address: 'support@contoso.com',
      loc: { line: 3 },
    });
    expect(parsed.returnPath).toMatchObject({
      name: '',
      address: 'bounces+123-abc=contoso.com@sendgrid.net',
      domain: 'sendgrid.net',
    });
  });

  it('reads a trailing comment as the name when there is no display name', () => {
    const parsed = parseHeaders('From: chris@fabrikam.com (Chris, Fabrikam Inc.)');
    expect(parsed.from).toMatchObject({ name: 'Chris, Fabrikam Inc.', address: 'chris@fabrikam.com' });
  });

  it('decodes RFC 2047 display names (B and Q, several words)', () => {
    const parsed = parseHeaders(
      'From: =?UTF-8?B?Sm/Dq2wgTcO8bGxlcg==?= <joel@example.de>\nSender: =?iso-8859-1?Q?Ren=E9?= =?iso-8859-1?Q?_Dupont?= <rene@example.fr>',
    );
    expect(parsed.from?.name).toBe('Joël Müller');
    expect(parsed.sender?.name).toBe('René Dupont');
  });

  it('converts an IDN domain to lower-case punycode but keeps the address as written', () => {
    const parsed = parseHeaders('From: Bücher <Info@Bücher.Example>');
    expect(parsed.from).toMatchObject({ address: 'Info@Bücher.Example', domain: 'xn--bcher-kva.example' });
  });

  it('reads the null reverse-path <> as an empty address without a warning', () => {
    const parsed = parseHeaders('Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.com');
    expect(parsed.returnPath).toMatchObject({ name: '', address: '', domain: '' });
    expect(parsed.from).toMatchObject({ address: 'MAILER-DAEMON@mx.example.com', domain: 'mx.example.com' });
    expect(parsed.warnings).toEqual([]);
  });

  it('takes the first mailbox of a group', () => {
    const parsed = parseHeaders('From: Sales team: ann@contoso.com, bob@contoso.com;');
    expect(parsed.from).toMatchObject({ address: 'ann@contoso.com', domain: 'contoso.com' });
  });

  it('uses the top-most field when a field repeats', () => {
    const parsed = parseHeaders('From: first@a.example\nFrom: second@b.example');
    expect(parsed.from?.address).toBe('first@a.example');
  });

  it('warns when a From has no address (the Outlook "on behalf of" text pasted from a page)', () => {
    const parsed = parseHeaders('From: [email protected] on behalf of [email protected]');
    expect(parsed.from).toMatchObject({ address: '', domain: '' });
    expect(parsed.warnings).toEqual([
      { header: 'From', line: 1, message: expect.stringContaining('No e-mail address') },
    ]);
  });
});

describe('Subject, Message-ID, Date', () => {
  it('decodes an encoded Subject and keeps Message-ID as written', () => {
    const parsed = parseHeaders(
      'Subject: =?utf-8?q?Caf=C3=A9_au_lait?= and =?utf-8?b?w6l0w6k=?=\nMessage-ID: <CAF1234@mail.contoso.com>\nDate: Mon, 23 Nov 2026 03:00:00 +0100',
    );
    expect(parsed.subject).toBe('Café au lait and été');
    expect(parsed.messageId).toBe('<CAF1234@mail.contoso.com>');
    expect(parsed.date).toBe('2026-11-23T02:00:00.000Z');
  });

  it.each([
    ['Mon, 23 Nov 2026 03:00:00 -0800 (PST)', '2026-11-23T11:00:00.000Z'],
    ['23 Nov 2026 03:00 GMT', '2026-11-23T03:00:00.000Z'],
    ['Tue, 1 Dec 26 10:20:30 EST', '2026-12-01T15:20:30.000Z'],
    ['Tue, 1 Dec 99 10:20:30 UT', '1999-12-01T10:20:30.000Z'],
    ['Sat, 29 Feb 2020 23:59:60 +0000', '2020-02-29T23:59:59.000Z'],
    ['Mon, 23 Nov 2026 03:00:00.123 +0000', '2026-11-23T03:00:00.000Z'],
    ['Wed, 25 Nov 2026 12:00:00 PDT', '2026-11-25T19:00:00.000Z'],
    ['2026-11-23T03:00:00Z', '2026-11-23T03:00:00.000Z'],
    ['Fri, Feb 15 2002 17:19:22 -0800', '2002-02-16T01:19:22.000Z'],
    ['Mon Nov 23 03:00:00 2026 +0000', '2026-11-23T03:00:00.000Z'],
    ['Nov 23 03:00:00 2026 -0100', '2026-11-23T04:00:00.000Z'],
  ])('reads the date %s', (text, iso) => {
    const parsed = parseHeaders(`Date: ${text}`);
    expect(parsed.date).toBe(iso);
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    'Mon, 31 Feb 2026 03:00:00 +0000',
    'Sun, 29 Feb 2026 03:00:00 +0000',
    'yesterday',
    'Mon, 23 Nov 2026 25:00:00 +0000',
    'Mon, 23 Nov 2026 03:00:00 constructor',
    'Mon, 23 Nov 2026 03:00:00 +99x',
  ])('returns null and warns for the unreadable date %s', (text) => {
    const parsed = parseHeaders(`Subject: x\nDate: ${text}`);
    expect(parsed.date).toBeNull();
    expect(parsed.warnings).toEqual([
      { header: 'Date', line: 2, message: expect.stringContaining('Unreadable date') },
    ]);
  });

  it.each([
    ['2026-11-23T99:99:59Z', 'time out of range'],
    ['2026-11-23T23:60:00Z', 'time out of range'],
    ['2026-11-23T24:00:01Z', 'time out of range'],
    ['2026-12-31 23:99:00 +0000', 'time out of range'],
    ['2026-11-23T03:00:00+0099', 'unknown time zone "+0099"'],
    ['2026-02-30T03:00:00Z', 'no such day'],
  ])('returns null and says why for the unreadable ISO date %s', (text, why) => {
    const parsed = parseHeaders(`Date: ${text}`);
    expect(parsed.date).toBeNull();
    expect(parsed.warnings).toEqual([
      { header: 'Date', line: 1, message: `Unreadable date "${text}": ${why}` },
    ]);
  });

  it("reads the ISO end of a day, 24:00:00, as the next day's start", () => {
    const parsed = parseHeaders('Date: 2026-12-31T24:00:00Z');
    expect(parsed.date).toBe('2027-01-01T00:00:00.000Z');
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    ['Thu, 31 Dec 2026 23:30:00 -0100', '2027-01-01T00:30:00.000Z'],
    ['Fri, 1 Jan 2027 00:30:00 +0100', '2026-12-31T23:30:00.000Z'],
    ['Mon, 23 Nov 2026 00:00:00 +0000', '2026-11-23T00:00:00.000Z'],
    ['Mon, 23 Nov 2026 23:59:59 +0000', '2026-11-23T23:59:59.000Z'],
    ['Sat, 28 Feb 2026 23:00:00 -0130', '2026-03-01T00:30:00.000Z'],
  ])('shifts %s to UTC across midnight when it must', (text, iso) => {
    expect(parseHeaders(`Date: ${text}`).date).toBe(iso);
  });

  it('gives the instant Date.UTC gives for every hour and zone offset', () => {
    const zones = ['-1200', '-0930', '-0700', '-0001', '+0000', '+0001', '+0545', '+1000', '+1400'];
    for (const zone of zones) {
      const sign = zone.startsWith('-') ? -1 : 1;
      const offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
      for (let hour = 0; hour < 24; hour++) {
        const hh = String(hour).padStart(2, '0');
        const expected = new Date(Date.UTC(2026, 0, 1, hour, 7, 9) - offsetMinutes * 60000).toISOString();
        expect(parseHeaders(`Date: Thu, 1 Jan 2026 ${hh}:07:09 ${zone}`).date).toBe(expected);
      }
    }
  });

  it('gives the instant Date.UTC gives on the first and last day of every month, across leap rules', () => {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (const year of [1000, 1600, 1899, 1900, 1970, 1999, 2000, 2024, 2026, 2100, 2400, 9999]) {
      names.forEach((name, month) => {
        const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
        for (const day of [1, last]) {
          const expected = new Date(Date.UTC(year, month, day, 12, 30, 15)).toISOString();
          expect(parseHeaders(`Date: ${day} ${name} ${year} 12:30:15 +0000`).date).toBe(expected);
        }
      });
    }
  });

  it('reads a date without a zone as UTC, with a warning', () => {
    const parsed = parseHeaders('Date: 23 Nov 2026 03:00:00');
    expect(parsed.date).toBe('2026-11-23T03:00:00.000Z');
    expect(parsed.warnings.map((w) => w.message)).toEqual([expect.stringContaining('no time zone')]);
  });
});

describe('punycode', () => {
  it.each([
    ['bücher', 'bcher-kva'],
    ['münchen', 'mnchen-3ya'],
    ['例え', 'r8jz45g'],
    ['テスト', 'zckzah'],
  ])('encodes %s as %s (RFC 3492)', (label, encoded) => {
    expect(punycodeEncode(label)).toBe(encoded);
  });

  it('maps a whole domain label by label, lower-casing and NFKC-normalising', () => {
    expect(domainToAscii('例え.テスト')).toBe('xn--r8jz45g.xn--zckzah');
    expect(domainToAscii('MÜNCHEN.Example')).toBe('xn--mnchen-3ya.example');
    expect(domainToAscii('Ｅxample。com')).toBe('example.com');
    expect(domainToAscii('xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
  });
});

describe('RFC 2047 decoding in runs', () => {
  it('decodes a long run of adjacent encoded words exactly like a short one (whitespace between words dropped)', () => {
    const words = Array.from({ length: 200 }, (_, i) => (i % 2 ? '=?utf-8?B?w6nDqMOq?=' : '=?utf-8?Q?ab?='));
    const parsed = parseHeaders(`Subject: start ${words.join('\r\n ')} end`);
    expect(parsed.subject).toBe(`start ${'abéèê'.repeat(100)} end`);
  });

  it('keeps the whitespace next to plain words at a run boundary', () => {
    const words = Array.from({ length: 64 }, () => '=?utf-8?Q?x?=');
    const parsed = parseHeaders(`Subject: ${words.join(' ')} plain =?utf-8?Q?y?=`);
    expect(parsed.subject).toBe(`${'x'.repeat(64)} plain y`);
  });
});

describe('very long encoded Subject', () => {
  it('decodes the first 16 KB, keeps the rest as written, and warns', () => {
    const word = '=?utf-8?Q?ab?=';
    const words = Array.from({ length: 3000 }, () => word).join(' ');
    const parsed = parseHeaders(`Subject: ${words}`);
    expect(parsed.subject?.startsWith('abab')).toBe(true);
    expect(parsed.subject?.endsWith(` ${word}`)).toBe(true);
    expect(parsed.warnings).toEqual([
      { header: 'Subject', line: 1, message: expect.stringContaining('only the start is decoded') },
    ]);
  });
});
