import { parseHeaders } from '../../src/parser';
import { diagnoseHeaders } from '../../src/rules';

/**
 * Forms met in real received mail (a public phishing corpus received at Outlook.com, bounce collections)
 * that the parser misread. The blocks are written for this test, reproducing each form with example
 * domains and documentation addresses.
 */

/** RFC 2047 B-encoding of UTF-8 text, split into encoded words of at most `size` source bytes. */
function encodedWords(text: string, size = 45): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const words: string[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    words.push(`=?utf-8?B?${bytes.subarray(i, i + size).toString('base64')}?=`);
  }
  return words;
}

describe('Authentication-Results written as RFC 2047 encoded words (Exchange Online, non-ASCII header.from)', () => {
  const value =
    'spf=none (sender IP is 203.0.113.115) smtp.helo=smart.fabrikam.com; dkim=none (message not signed) ' +
    'header.d=none;dmarc=none action=none header.from=bücher.example;';
  const block = [
    'Received: from SA1PR15MB5170.namprd15.prod.outlook.com by PH0PR15MB4783.namprd15.prod.outlook.com; Mon, 23 Nov 2026 03:00:06 +0000',
    'Authentication-Results:',
    ...encodedWords(value).map((w) => ` ${w}`),
    'Received: from mx.fabrikam.com (203.0.113.115) by BN2PEPF000044A8.mail.protection.outlook.com; Mon, 23 Nov 2026 03:00:05 +0000',
    'From: Bücher <news@bücher.example>',
  ].join('\r\n');

  it('decodes the value and reads its results, located on the first line of the value', () => {
    const parsed = parseHeaders(block);
    const ar = parsed.authResults[0];
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=none', 'dkim=none', 'dmarc=none']);
    expect(ar.results[2].props['header.from']).toBe('bücher.example');
    expect(ar.loc.line).toBe(3);
    expect(ar.results.every((r) => r.loc.line === 3)).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });

  it('gives the receiver verdict instead of "no Authentication-Results"', () => {
    const d = diagnoseHeaders(block);
    expect(d.findings.map((f) => f.id)).not.toContain('no-auth-results');
    expect(d.auth.dmarc?.result).toBe('none');
  });
});

describe('evidence line of a field whose value is folded onto the next line', () => {
  it('points at the first line holding the value, not at the name line', () => {
    const parsed = parseHeaders(
      [
        'X-Forefront-Antispam-Report:',
        '\tCIP:203.0.113.5;CTRY:DE;SFV:SPM;SCL:5;',
        'From:',
        ' Chris <chris@contoso.com>',
        'Received-SPF:',
        ' Fail (protection.outlook.com: domain of contoso.com does not designate 203.0.113.5 as permitted sender)',
      ].join('\r\n'),
    );
    expect(parsed.forefront?.loc.line).toBe(2);
    expect(parsed.from?.loc.line).toBe(4);
    expect(parsed.receivedSpf[0].loc.line).toBe(6);
  });
});

describe('antispam keys', () => {
  it('keeps keys of 1-16 letters and digits and drops any other with a warning', () => {
    const parsed = parseHeaders(
      'X-Forefront-Antispam-Report: CIP:203.0.113.5;\u001b[2JSFV:NSPM;CAT:SPOOF;SCL:5;THISKEYISLONGERTHAN16:x;SFTY:9.19',
    );
    expect(parsed.forefront?.fields).toEqual({ CIP: '203.0.113.5', CAT: 'SPOOF', SCL: '5', SFTY: '9.19' });
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('is not an antispam key: dropped'),
      expect.stringContaining('is not an antispam key: dropped'),
    ]);
  });

  it('marks a DIR:OUT report as the sending tenant’s outbound report', () => {
    const outbound = parseHeaders(
      'X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;SFV:NSPM;DIR:OUT;SFP:1102;',
    );
    expect(outbound.forefront?.outbound).toBe(true);
    const inbound = parseHeaders('X-Forefront-Antispam-Report: CIP:203.0.113.5;SFV:SPM;DIR:INB;SCL:5;');
    expect(inbound.forefront?.outbound).toBe(false);
  });
});

describe('where the mailbox put the message', () => {
  it('reads X-Microsoft-Antispam-Mailbox-Delivery into destination, filter and rule flags', () => {
    const parsed = parseHeaders(
      [
        'X-Microsoft-Antispam-Mailbox-Delivery:',
        '\tucf:0;jmr:0;auth:0;dest:J;OFR:SpamFilterAuthJ;ENG:(910001)(944506478)(944626604);',
        'X-MS-Exchange-Organization-SCL: 5',
      ].join('\r\n'),
    );
    expect(parsed.mailboxDelivery).toMatchObject({
      destination: 'junk',
      destCode: 'J',
      filter: 'SpamFilterAuthJ',
      userRule: false,
      junkMailRule: false,
      loc: { header: 'X-Microsoft-Antispam-Mailbox-Delivery', line: 2 },
    });
    expect(parsed.organizationScl).toMatchObject({ value: 5, loc: { line: 3 } });
  });

  it('keeps Outlook.com’s hyphenated WIMS- keys', () => {
    const parsed = parseHeaders(
      'X-Microsoft-Antispam-Mailbox-Delivery: abwl:0;wl:1;dest:I;WIMS-AUTH:PASS;WIMS-SPF:hotmail.com;OFR:TrustedSenderList;',
    );
    expect(parsed.mailboxDelivery?.fields['WIMS-AUTH']).toBe('PASS');
    expect(parsed.mailboxDelivery?.destination).toBe('inbox');
    expect(parsed.warnings).toEqual([]);
  });

  it('reads a user rule’s custom folder and a trusted SCL of -1', () => {
    const parsed = parseHeaders(
      [
        'X-Microsoft-Antispam-Mailbox-Delivery: ucf:1;jmr:0;auth:1;dest:C;OFR:CustomRules;',
        'X-MS-Exchange-Organization-SCL: -1',
      ].join('\n'),
    );
    expect(parsed.mailboxDelivery).toMatchObject({
      destination: 'custom',
      filter: 'CustomRules',
      userRule: true,
    });
    expect(parsed.organizationScl?.value).toBe(-1);
  });

  it('warns about an SCL that is no level', () => {
    const parsed = parseHeaders('X-MS-Exchange-Organization-SCL: high');
    expect(parsed.organizationScl).toBeNull();
    expect(parsed.warnings[0].message).toContain('is not a number from -1 to 9');
  });
});

describe('relay field evidence', () => {
  it('names Resent-From once', () => {
    const d = diagnoseHeaders(
      [
        'Authentication-Results: spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=contoso.com; dkim=none',
        ' (message not signed) header.d=none;dmarc=fail action=none header.from=contoso.com;compauth=fail reason=001',
        'Resent-From: Relay <relay@fabrikam.com>',
        'From: Chris <chris@contoso.com>',
      ].join('\r\n'),
    );
    const texts = d.findings.flatMap((f) => f.evidence.map((e) => `${e.header}: ${e.text}`));
    const resent = texts.filter((t) => t.includes('relay@fabrikam.com'));
    expect(resent.length).toBeGreaterThan(0);
    for (const t of resent) expect(t).toBe('Resent-From: Relay <relay@fabrikam.com>');
  });
});

describe('Received forms', () => {
  const hop = (value: string) => parseHeaders(`Received: ${value}`).hops[0];

  it('reads qmail’s "(HELO x) (192.0.2.1)": the address is in the second comment', () => {
    expect(
      hop(
        'from unknown (HELO mail.fabrikam.com) (192.0.2.1) by mx.example.org with SMTP; 22 Nov 2026 07:11:04 +0900',
      ).fromIp,
    ).toBe('192.0.2.1');
  });

  it('reads a bare "[192.0.2.1]" after the host name', () => {
    expect(
      hop('from mail.fabrikam.com [192.0.2.1] by mx.example.org with ESMTP; Mon, 23 Nov 2026 03:00:05 +0000')
        .fromIp,
    ).toBe('192.0.2.1');
  });

  it('reads an address written with the client port', () => {
    expect(
      hop('from mail.fabrikam.com (192.0.2.1:52344) by mx.example.org; Mon, 23 Nov 2026 03:00:05 +0000')
        .fromIp,
    ).toBe('192.0.2.1');
    expect(
      hop(
        'from mail.fabrikam.com ([192.0.2.1]:52344 helo=mail.fabrikam.com) by mx.example.org; Mon, 23 Nov 2026 03:00:05 +0000',
      ).fromIp,
    ).toBe('192.0.2.1');
  });

  it('never takes the address the client named in HELO', () => {
    expect(
      hop('from unknown (HELO [198.51.100.7]) (192.0.2.1) by mx.example.org; Mon, 23 Nov 2026 03:00:05 +0000')
        .fromIp,
    ).toBe('192.0.2.1');
    expect(
      hop(
        'from x.example (port=1234 helo=[198.51.100.7]) [192.0.2.1] by mx.example.org; Mon, 23 Nov 2026 03:00:05 +0000',
      ).fromIp,
    ).toBe('192.0.2.1');
  });

  it('gives the connecting IP of a qmail hop to SPF when the verdict names none', () => {
    const d = diagnoseHeaders(
      [
        'Authentication-Results: mx.example.org; spf=softfail smtp.mailfrom=fabrikam.com',
        'Received: from unknown (HELO mail.fabrikam.com) (192.0.2.1) by mx.example.org with SMTP; 22 Nov 2026 07:11:04 +0900',
        'From: a@fabrikam.com',
      ].join('\r\n'),
    );
    expect(d.auth.spf?.ip).toBe('192.0.2.1');
  });
});

describe('dates with an unknown alphabetic zone', () => {
  it.each(['Sat, 22 Nov 2026 07:11:04 CEST', 'Sat, 22 Nov 2026 07:11:04 ZZZZ'])(
    'reads "%s" as -0000 (RFC 5322 §4.3), not as a lost date',
    (date) => {
      const parsed = parseHeaders(`Date: ${date}`);
      expect(parsed.date).toBe('2026-11-22T07:11:04.000Z');
    },
  );

  it('still refuses a zone that is no zone', () => {
    expect(parseHeaders('Date: Sat, 22 Nov 2026 07:11:04 +99x').date).toBeNull();
  });
});
