import { parseHeaders } from '../../src/parser';

const exchangeInbound = [
  'Received: from AM6PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:20b:aa::12)',
  ' by DB9PR02MB5678.eurprd02.prod.outlook.com with HTTPS; Mon, 23 Nov 2026',
  ' 03:00:05 +0000',
  'Received: from AM6PEPF0000ABCD.eurprd02.prod.outlook.com (2603:10a6:20b:bb::7)',
  ' by AM6PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:20b:aa::12) with',
  ' Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.25; Mon, 23 Nov',
  ' 2026 03:00:03 +0000',
  'Received: from mail.fabrikam.com (198.51.100.25) by',
  ' AM6PEPF0000ABCD.mail.protection.outlook.com (10.167.16.200) with Microsoft',
  ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.25',
  ' via Frontend Transport; Mon, 23 Nov 2026 03:00:01 +0000',
  'Received: from [192.0.2.15] (unknown [192.0.2.15]) by mail.fabrikam.com (Postfix) with ESMTPSA id 4F2A1C0123',
  '\tfor <michelle@contoso.com>; Mon, 23 Nov 2026 04:00:00 +0100 (CET)',
].join('\r\n');

describe('Received hops', () => {
  it('lists hops oldest first with from/by/with/id/for/date, IP and delays', () => {
    const parsed = parseHeaders(exchangeInbound);
    expect(parsed.warnings).toEqual([]);
    expect(
      parsed.hops.map((h) => [
        h.from,
        h.fromIp,
        h.by,
        h.with,
        h.id,
        h.for,
        h.date,
        h.delaySeconds,
        h.loc.line,
      ]),
    ).toEqual([
      [
        '[192.0.2.15]',
        '192.0.2.15',
        'mail.fabrikam.com',
        'ESMTPSA',
        '4F2A1C0123',
        'michelle@contoso.com',
        '2026-11-23T03:00:00.000Z',
        null,
        13,
      ],
      [
        'mail.fabrikam.com',
        '198.51.100.25',
        'AM6PEPF0000ABCD.mail.protection.outlook.com',
        'Microsoft SMTP Server',
        '15.20.8632.25',
        null,
        '2026-11-23T03:00:01.000Z',
        1,
        9,
      ],
      [
        'AM6PEPF0000ABCD.eurprd02.prod.outlook.com',
        '2603:10a6:20b:bb::7',
        'AM6PR02MB1234.eurprd02.prod.outlook.com',
        'Microsoft SMTP Server',
        '15.20.8632.25',
        null,
        '2026-11-23T03:00:03.000Z',
        2,
        4,
      ],
      [
        'AM6PR02MB1234.eurprd02.prod.outlook.com',
        '2603:10a6:20b:aa::12',
        'DB9PR02MB5678.eurprd02.prod.outlook.com',
        'HTTPS',
        null,
        null,
        '2026-11-23T03:00:05.000Z',
        2,
        1,
      ],
    ]);
  });

  it('reads a Gmail hop and a Postfix TLS comment containing parentheses', () => {
    const parsed = parseHeaders(
      [
        'Received: by 2002:a05:6a10:1234:b0:5a1:2b3c:4d5e with SMTP id x12csp345678pxb;',
        '        Mon, 23 Nov 2026 03:00:09 -0800 (PST)',
        'Received: from mail.fabrikam.com (mail.fabrikam.com. [203.0.113.5])',
        '        by mx.google.com with ESMTPS id a1si123456wrb.2026.11.23.03.00.04',
        '        for <user@gmail.com>',
        '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);',
        '        Mon, 23 Nov 2026 03:00:04 -0800 (PST)',
      ].join('\n'),
    );
    expect(parsed.hops.map((h) => [h.from, h.fromIp, h.by, h.with, h.id, h.for, h.delaySeconds])).toEqual([
      [
        'mail.fabrikam.com',
        '203.0.113.5',
        'mx.google.com',
        'ESMTPS',
        'a1si123456wrb.2026.11.23.03.00.04',
        'user@gmail.com',
        null,
      ],
      [null, null, '2002:a05:6a10:1234:b0:5a1:2b3c:4d5e', 'SMTP', 'x12csp345678pxb', null, 5],
    ]);
  });

  it('keeps a negative delay (clock skew) and gives null next to an unknown date', () => {
    const parsed = parseHeaders(
      [
        'Received: from c.example by d.example; Mon, 23 Nov 2026 03:00:00 +0000',
        'Received: from b.example by c.example; Mon, 23 Nov 2026 03:00:30 +0000',
        'Received: from a.example by b.example',
      ].join('\n'),
    );
    expect(parsed.hops.map((h) => [h.from, h.date, h.delaySeconds])).toEqual([
      ['a.example', null, null],
      ['b.example', '2026-11-23T03:00:30.000Z', null],
      ['c.example', '2026-11-23T03:00:00.000Z', -30],
    ]);
    expect(parsed.warnings).toEqual([
      { header: 'Received', line: 3, message: expect.stringContaining('without "; date"') },
    ]);
  });

  it("reads SendGrid's hop that has no '; date' but an embedded ISO date", () => {
    const parsed = parseHeaders(
      'Received: by filterdrecv-5f7c9d8b6-x2m4q with SMTP id\n filterdrecv-5f7c9d8b6-x2m4q-1-67419F2A-3B 2026-11-23 13:00:26.814532121 +0000\n UTC m=+2381047.512310114',
    );
    expect(parsed.hops[0]).toMatchObject({
      from: null,
      by: 'filterdrecv-5f7c9d8b6-x2m4q',
      with: 'SMTP',
      id: 'filterdrecv-5f7c9d8b6-x2m4q-1-67419F2A-3B',
      date: '2026-11-23T13:00:26.000Z',
    });
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    ['2026-11-23 99:99:59 +0000', 'time out of range'],
    ['2026-12-31 23:99:00 +0000', 'time out of range'],
    ['2026-11-23 13:00:26 +0099', 'unknown time zone "+0099"'],
  ])('warns on the out-of-range embedded ISO date %s instead of reading it as another time', (text, why) => {
    const parsed = parseHeaders(`Received: by relay.example with SMTP id 1A2B\n ${text} UTC`);
    expect(parsed.hops[0].date).toBeNull();
    expect(parsed.warnings).toEqual([{ header: 'Received', line: 2, message: expect.stringContaining(why) }]);
  });

  it('warns on an unreadable hop date, naming the line the date text stands on', () => {
    const parsed = parseHeaders('Received: from a.example by b.example;\n  sometime last week');
    expect(parsed.hops[0].date).toBeNull();
    expect(parsed.warnings).toEqual([
      { header: 'Received', line: 2, message: expect.stringContaining('Unreadable date') },
    ]);
  });

  it('reads an escaped clause keyword as the keyword, and the IP from the comment after a HELO comment', () => {
    const parsed = parseHeaders(
      'Received: fr\\om a.example.com (HELO x) (192.0.2.7) by b.example.com; Mon, 23 Nov 2026 10:00:01 +0000',
    );
    expect(parsed.hops[0]).toMatchObject({ from: 'a.example.com', fromIp: '192.0.2.7', by: 'b.example.com' });
  });

  it.each([
    ['a later top-level ;', ' x; Tue, 24 Nov 2026 10:00:01 +0000', '2026-11-24T10:00:01.000Z'],
    ['a ; inside a comment', ' (x; Tue, 24 Nov 2026 10:00:01 +0000)', '2026-11-23T10:00:01.000Z'],
    ['an escaped ;', ' \\; Tue, 24 Nov 2026 10:00:01 +0000', '2026-11-23T10:00:01.000Z'],
    [
      'a ; right after an empty quoted string',
      ' ""; Tue, 24 Nov 2026 10:00:01 +0000',
      '2026-11-23T10:00:01.000Z',
    ],
  ])('reads the date after the last top-level ";" (%s)', (_, tail, date) => {
    const parsed = parseHeaders(
      `Received: from a.example.com by b.example.com; Mon, 23 Nov 2026 10:00:01 +0000${tail}`,
    );
    expect(parsed.hops[0].date).toBe(date);
    expect(parsed.warnings).toEqual([]);
  });

  // Past from, by and the IP a long field is searched for the next clause, comment, quote or ';' instead
  // of read word by word: what it finds must be what the word-by-word reading would.
  const filler = ' from h.example by x via y'.repeat(20);
  it.each([
    ['a later with clause', `${filler} WITH ESMTP`, { with: 'ESMTP' }],
    ['a later id clause', `${filler} iD Q1`, { id: 'Q1' }],
    ['a later for clause', `${filler} For <u@x>`, { for: 'u@x' }],
    ['a keyword right after a comment', `${filler} (c)id Q2`, { id: 'Q2' }],
    ['a quoted keyword', `${filler} "with" SMTP`, { with: 'SMTP' }],
    [
      'a keyword after an empty quoted string and the character it takes along',
      `${filler} ""xid Q3${filler}`,
      { id: 'Q3' },
    ],
    ['quoted words close together', `${filler}${' "q"'.repeat(30)} with SMTP${filler}`, { with: 'SMTP' }],
    [
      'no keyword inside a comment or a longer word',
      `${filler} (with A) withx idx`,
      { with: null, id: null },
    ],
  ])('reads a long field to its end (%s)', (_, middle, expected) => {
    const parsed = parseHeaders(
      `Received: from a.example (a [192.0.2.1]) by b.example${middle}; Mon, 23 Nov 2026 10:00:01 +0000`,
    );
    expect(parsed.hops[0]).toMatchObject({
      from: 'a.example',
      fromIp: '192.0.2.1',
      by: 'b.example',
      ...expected,
    });
    expect(parsed.hops[0].date).toBe('2026-11-23T10:00:01.000Z');
    expect(parsed.warnings).toEqual([]);
  });

  it('reports an unterminated comment far into a long field, at its line', () => {
    const parsed = parseHeaders(
      `Received: from a.example ([192.0.2.1]) by b.example${filler}\r\n (x; Mon, 23 Nov 2026 10:00:01 +0000`,
    );
    expect(parsed.warnings).toEqual([
      { header: 'Received', line: 2, message: expect.stringContaining('Unterminated comment') },
      { header: 'Received', line: 1, message: 'Received header without "; date"' },
    ]);
  });
});
