/**
 * Header blocks as Outlook hands them over: getAllInternetHeadersAsync returns CRLF line ends, so
 * fixtures (stored with LF) are converted before the fake host delivers them.
 */
export const crlf = (text) => text.replace(/\r?\n/g, '\r\n');

/** One folded header of about `bytes` bytes: continuation lines of at most 78 characters (RFC 5322 §2.1.1). */
export function foldedHeader(name, bytes, payload) {
  const lines = [`${name}: start`];
  let size = lines[0].length + 2;
  for (let i = 0; size < bytes; i++) {
    const line = ` ${i} ${payload}`.slice(0, 78);
    lines.push(line);
    size += line.length + 2;
  }
  return lines.join('\r\n');
}

/**
 * An attacker's header block: markup, event-handler attributes and javascript: URLs in every place the
 * pane prints (display names, subject, comments in Authentication-Results, DKIM tags, antispam fields,
 * Message-ID, List-Unsubscribe), plus about 1 MB of folded lines. Any of it executing sets
 * window.__pwned or opens a dialog.
 */
export function hostileHeaders() {
  // The receiver stamps its verdict above the Received line where it accepted the message.
  return [
    'Authentication-Results: spf=fail (sender IP is 203.0.113.66',
    ' <script>window.__pwned="ar-comment"</script>) smtp.mailfrom=hostile.example;',
    ' dkim=fail (<img src=x onerror="window.__pwned=\'dkim-reason\';alert(1)">)',
    ' header.d=hostile.example;dmarc=fail action=oreject',
    ' header.from=hostile.example;compauth=fail reason=000',
    'Received: from evil.hostile.example (203.0.113.66) by',
    ' CH2PEPF0000009B.mail.protection.outlook.com (10.167.244.23) with Microsoft',
    ' SMTP Server id 15.20.8158.14 via Frontend Transport; Tue, 17 Nov 2026',
    ' 14:02:49 +0000',
    'DKIM-Signature: v=1; a=rsa-sha256; d=hostile.example; s=<svg/onload=alert(2)>;',
    ' h=from:subject; bh=PHNjcmlwdD4=; b=<script>window.__pwned="dkim-b"</script>',
    foldedHeader(
      'X-Filler',
      1024 * 1024,
      '<script>window.__pwned="fold"</script><a href="javascript:alert(3)">x</a> aaaaaaaaaaaaaaaaaa',
    ),
    'From: "<script>window.__pwned=\'from\'</script>" <ceo@hostile.example>',
    'Sender: "<img src=x onerror=alert(4)>" <sender@hostile.example>',
    'Reply-To: "javascript:alert(5)" <reply@hostile.example>',
    'Subject: <img src=x onerror="window.__pwned=\'subject\'"> <a href="javascript:alert(6)">Open</a>',
    'Message-ID: <"><iframe src="javascript:alert(7)"></iframe>@hostile.example>',
    'List-Unsubscribe: <javascript:alert(8)>, <https://hostile.example/u?"><svg onload=alert(9)>>',
    'X-Forefront-Antispam-Report: CIP:203.0.113.66;CTRY:<script>alert(10)</script>;LANG:en;SCL:9;',
    ' SRV:;IPV:NLI;SFV:SPM;H:<img src=x onerror=alert(11)>;PTR:javascript:alert(12);CAT:PHSH;DIR:INB;',
    'Content-Type: text/html; charset="utf-8"',
    'MIME-Version: 1.0',
    '',
  ].join('\r\n');
}
