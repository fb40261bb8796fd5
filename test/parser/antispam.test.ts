import { parseHeaders } from '../../src/parser';

describe('X-Forefront-Antispam-Report / X-Microsoft-Antispam', () => {
  it('reads KEY:value maps with upper-cased keys, empty values and an IPv6 CIP', () => {
    const parsed = parseHeaders(
      [
        'X-Forefront-Antispam-Report:',
        '\tCIP:2001:db8:85a3::8a2e:370:7334;CTRY:DE;LANG:de;SCL:5;SRV:;IPV:NLI;SFV:SPM;',
        '\tH:mail.fabrikam.com;PTR:mail.fabrikam.com;CAT:SPOOF;SFS:(13230040)(4636009)(82310400026);DIR:INB;sfty:9.19',
        'X-Microsoft-Antispam: BCL:7;ARA:13230040|82310400026;',
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
      ].join('\r\n'),
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.forefront?.fields).toEqual({
      CIP: '2001:db8:85a3::8a2e:370:7334',
      CTRY: 'DE',
      LANG: 'de',
      SCL: '5',
      SRV: '',
      IPV: 'NLI',
      SFV: 'SPM',
      H: 'mail.fabrikam.com',
      PTR: 'mail.fabrikam.com',
      CAT: 'SPOOF',
      SFS: '(13230040)(4636009)(82310400026)',
      DIR: 'INB',
      SFTY: '9.19',
    });
    expect(Object.keys(parsed.forefront?.fields ?? {})[0]).toBe('CIP');
    expect(parsed.forefront?.loc).toMatchObject({ header: 'X-Forefront-Antispam-Report', line: 2 }); // the value starts on line 2
    expect(parsed.microsoftAntispam?.fields).toEqual({ BCL: '7', ARA: '13230040|82310400026' });
    expect(parsed.microsoftAntispam?.loc.line).toBe(4);
    expect(parsed.authAs).toEqual({
      value: 'Anonymous',
      loc: { header: 'X-MS-Exchange-Organization-AuthAs', line: 5, text: 'Anonymous' },
    });
  });

  it('reads entries after ones without a colon, and keeps colons inside values', () => {
    const parsed = parseHeaders(
      'X-Forefront-Antispam-Report: NOKEY; other ;CIP: 2001:db8::1 ;bare;SFV:SPM\u00a0;SFS:(1):(2)',
    );
    expect(parsed.forefront?.fields).toEqual({ CIP: '2001:db8::1', SFV: 'SPM', SFS: '(1):(2)' });
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      'Entry "NOKEY" has no "KEY:": skipped',
      'Entry "other" has no "KEY:": skipped',
      'Entry "bare" has no "KEY:": skipped',
    ]);
  });

  it('passes over empty entries, blank or of spaces and tabs, without a warning', () => {
    const parsed = parseHeaders('X-Microsoft-Antispam: ;; BCL:7; \t ;;\r\n  ;   ;ARA:1;\u00a0;');
    expect(parsed.microsoftAntispam?.fields).toEqual({ BCL: '7', ARA: '1' });
    expect(parsed.warnings).toEqual([]);
  });

  it('uses the top-most field, the first value of a repeated key, and warns about entries without ":"', () => {
    const parsed = parseHeaders(
      'X-Forefront-Antispam-Report: SCL:1;SCL:9;garbage;SFV:NSPM\nX-Forefront-Antispam-Report: SCL:6',
    );
    expect(parsed.forefront?.fields).toEqual({ SCL: '1', SFV: 'NSPM' });
    expect(parsed.warnings).toEqual([
      { header: 'X-Forefront-Antispam-Report', line: 1, message: expect.stringContaining('"garbage"') },
    ]);
  });

  it('gives no AuthAs or X-Originating-IP for an empty field (it proves nothing)', () => {
    const parsed = parseHeaders('X-MS-Exchange-Organization-AuthAs:\nX-Originating-IP: \nFrom: a@b.example');
    expect(parsed.authAs).toBeNull();
    expect(parsed.originatingIp).toBeNull();
  });

  it('is null when the fields are absent', () => {
    const parsed = parseHeaders('From: a@b.example');
    expect(parsed.forefront).toBeNull();
    expect(parsed.microsoftAntispam).toBeNull();
    expect(parsed.authAs).toBeNull();
  });
});

describe('other Microsoft fields', () => {
  it('reads X-Originating-IP without brackets and Authentication-Results-Original', () => {
    const parsed = parseHeaders(
      [
        'X-Originating-IP: [198.51.100.187]',
        'Authentication-Results-Original: spf=pass (sender IP is 198.51.100.187)',
        ' smtp.mailfrom=fabrikam.com; dkim=none (message not signed) header.d=none;',
        ' dmarc=pass action=none header.from=fabrikam.com;',
      ].join('\r\n'),
    );
    expect(parsed.originatingIp).toEqual({
      value: '198.51.100.187',
      loc: { header: 'X-Originating-IP', line: 1, text: '[198.51.100.187]' },
    });
    expect(parsed.authResults).toEqual([]);
    expect(parsed.authResultsOriginal?.[0].results.map((r) => [r.method, r.result, r.loc.line])).toEqual([
      ['spf', 'pass', 2],
      ['dkim', 'none', 3],
      ['dmarc', 'pass', 4],
    ]);
  });
});
