import { parseHeaders } from '../../src/parser';

/** An Exchange Online NDR for a DMARC reject (5.7.509), as an .eml with its report parts. */
const exchangeNdr = [
  'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>',
  'To: <chris@contoso.com>',
  'Date: Mon, 23 Nov 2026 03:05:00 +0000',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="b1_ndr"',
  'Message-ID: <a1b2@AM6PR02MB1234.eurprd02.prod.outlook.com>',
  'MIME-Version: 1.0',
  'Subject: Undeliverable: Quarterly report',
  'Auto-Submitted: auto-replied',
  'X-MS-Exchange-Message-Is-Ndr:',
  'X-MS-Exchange-Organization-AuthAs: Internal',
  '',
  '--b1_ndr',
  'Content-Type: text/plain; charset="us-ascii"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  "Your message to michelle@fabrikam.com couldn't be delivered.",
  'fabrikam.com suspects your message is spam and rejected it.',
  '',
  'Diagnostic information for administrators:',
  'Generating server: AM6PR02MB1234.eurprd02.prod.outlook.com',
  'michelle@fabrikam.com',
  "Remote Server returned '550 5.7.509 Access denied, sending domain contoso.com does not pass DMARC verifica=",
  "tion and has a DMARC policy of reject.'",
  'Original message headers: Received: from x (10.5.7.23) by y with Microsoft SMTP Server id 15.20.8632.25;',
  '',
  '--b1_ndr',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns;AM6PR02MB1234.eurprd02.prod.outlook.com',
  'Arrival-Date: Mon, 23 Nov 2026 03:04:58 +0000',
  '',
  'Final-Recipient: rfc822;michelle@fabrikam.com',
  'Action: failed',
  'Status: 5.7.509',
  'Diagnostic-Code: smtp;550 5.7.509 Access denied, sending domain contoso.com does not pass DMARC verification and has a DMARC policy of reject.',
  '',
  '--b1_ndr--',
].join('\r\n');

describe('NDR status codes', () => {
  it('finds 5.7.509 in the human-readable part and the delivery-status part of an Exchange Online NDR', () => {
    const parsed = parseHeaders(exchangeNdr);
    expect(parsed.ndr.map((n) => [n.code, n.smtpCode, n.loc.header, n.loc.line])).toEqual([
      ['5.7.509', '550', 'body', 23],
      ['5.7.509', null, 'body', 35],
      ['5.7.509', '550', 'body', 36],
    ]);
    expect(parsed.ndr[0].loc.text).toBe(
      "Remote Server returned '550 5.7.509 Access denied, sending domain contoso.com does not pass DMARC verification and has a DMARC policy of reject.'",
    );
    expect(parsed.authAs?.value).toBe('Internal');
  });

  it('joins a code split by a quoted-printable soft line break', () => {
    const parsed = parseHeaders(
      [
        'Subject: Undeliverable: invoice',
        'X-MS-Exchange-Message-Is-Ndr:',
        '',
        "Remote Server returned '550 5.7=",
        ".23 The message was rejected because of Sender Policy Framework violation'",
      ].join('\n'),
    );
    expect(parsed.ndr).toEqual([
      {
        code: '5.7.23',
        smtpCode: '550',
        loc: {
          header: 'body',
          line: 4,
          text: "Remote Server returned '550 5.7.23 The message was rejected because of Sender Policy Framework violation'",
        },
      },
    ]);
  });

  it("finds Gmail's multi-line 550-5.7.26 reply in a bounce", () => {
    const parsed = parseHeaders(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'Subject: Delivery Status Notification (Failure)',
        'Content-Type: multipart/report; boundary="000000abc"; report-type=delivery-status',
        '',
        '--000000abc',
        'Content-Type: text/plain; charset="UTF-8"',
        '',
        '** Message blocked **',
        '',
        'The response from the remote server was:',
        '550-5.7.26 This mail is unauthenticated, which poses a security risk to the',
        '550-5.7.26 sender and Gmail users, and has been blocked. The sender must',
        '550 5.7.26 authenticate with at least one of SPF or DKIM. - gsmtp',
        '--000000abc--',
      ].join('\n'),
    );
    expect(parsed.ndr.map((n) => [n.code, n.smtpCode, n.loc.line])).toEqual([
      ['5.7.26', '550', 11],
      ['5.7.26', '550', 12],
      ['5.7.26', '550', 13],
    ]);
  });

  it('finds codes in NDR header fields (Diagnostic-Code) and 4.7.x temporary codes', () => {
    const parsed = parseHeaders(
      "X-MS-Exchange-Message-Is-Ndr: \r\nDiagnostic-Code: smtp; 421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned\r\n",
    );
    expect(parsed.ndr).toEqual([
      {
        code: '4.7.32',
        smtpCode: '421',
        loc: expect.objectContaining({ header: 'Diagnostic-Code', line: 2 }),
      },
    ]);
  });

  it('ignores version numbers and IP addresses, and any code in the body of a message that is no bounce', () => {
    const parsed = parseHeaders(
      [
        'From: chris@contoso.com',
        'Subject: release notes',
        '',
        'We upgraded to version 5.7.1 today.',
        'The server 10.5.7.23 runs build 15.20.8632.25 and 5.7.1.4.',
        'A real reply: 550 5.7.1 Unable to relay',
      ].join('\n'),
    );
    // Even the reply-shaped "550 5.7.1": an ordinary message that quotes a bounce was not refused.
    expect(parsed.ndr).toEqual([]);
  });

  it("reads a multipart report's status parts only, never the returned original", () => {
    const parsed = parseHeaders(
      [
        'From: Mail Delivery System <MAILER-DAEMON@mx.fabrikam.com>',
        'To: chris@contoso.com',
        'Subject: Undelivered Mail Returned to Sender',
        'Content-Type: multipart/report; report-type=delivery-status;',
        '\tboundary="B1"',
        '',
        'This is a MIME-encapsulated message.',
        '',
        '--B1',
        'Content-Type: multipart/alternative; boundary="B2"',
        '',
        '--B2',
        'Content-Type: text/plain; charset=us-ascii',
        '',
        '<meganb@fabrikam.com>: host mx.fabrikam.com said: 550 5.7.26 Unauthenticated email is not accepted',
        '--B2',
        'Content-Type: text/html; charset=us-ascii',
        '',
        '<p>550 5.7.27 (html copy)</p>',
        '--B2--',
        '--B1',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.fabrikam.com',
        '',
        'Final-Recipient: rfc822; meganb@fabrikam.com',
        'Action: failed',
        'Status: 5.7.26',
        '--B1',
        'Content-Type: message/rfc822',
        '',
        'From: chris@contoso.com',
        'Subject: as discussed',
        '',
        'Last time the server said 550 5.7.509 Access denied.',
        '--B1--',
      ].join('\n'),
    );
    expect(parsed.ndr.map((n) => [n.code, n.loc.line])).toEqual([
      ['5.7.26', 15],
      ['5.7.26', 28],
    ]);
  });

  it('decodes a base64 text part and reports the code on the encoded line it came from', () => {
    const text = [
      'Delivery has failed to these recipients or groups:',
      '',
      'user@outlook.com',
      'The server has rejected your message.',
      '',
      'Diagnostic information for administrators:',
      'Remote server returned: 550 5.7.515 Access denied, sending domain contoso.com does not meet the required authentication level.',
      '',
    ].join('\r\n');
    const encoded = Buffer.from(text, 'latin1')
      .toString('base64')
      .match(/.{1,76}/g) as string[];
    const block = [
      'From: postmaster@outlook.com',
      'Subject: Undeliverable: hello',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b64"',
      '',
      '--b64',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      '',
      ...encoded,
      '--b64--',
    ].join('\r\n');
    // The decoded line starts at this byte; each 76-character encoded line holds 57 bytes; the first
    // encoded line is line 9 of the block.
    const decodedLineStart = text.lastIndexOf('\n', text.indexOf('550 5.7.515')) + 1;
    const lineOfCode = 9 + Math.floor(decodedLineStart / 57);
    const parsed = parseHeaders(block);
    expect(parsed.ndr).toEqual([
      {
        code: '5.7.515',
        smtpCode: '550',
        loc: {
          header: 'body',
          line: lineOfCode,
          text: 'Remote server returned: 550 5.7.515 Access denied, sending domain contoso.com does not meet the required authentication level.',
        },
      },
    ]);
  });

  it('has no NDR entries for a header-only block', () => {
    expect(parseHeaders('Subject: 550 5.7.1 in a subject is not an NDR field').ndr).toEqual([]);
  });
});
