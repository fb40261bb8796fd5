import { diagnoseHeaders, exoBlock, lineOf } from './helpers';

const FORGED = [
  'Authentication-Results: mx.google.com; dkim=pass header.i=@woodgrovebank.com header.s=wg1;',
  ' spf=pass smtp.mailfrom=woodgrovebank.com; dmarc=pass (p=REJECT dis=NONE) header.from=woodgrovebank.com',
];
const RECEIVED_BY_FABRIKAM = [
  'Received: from mail.sender.example (unknown [198.51.100.66])',
  ' by mx1.fabrikam.com (Postfix) with ESMTPS id 4Rk2Xq0Vz3z9sWb; Tue, 24 Nov 2026 08:14:22 +0000',
];
const MESSAGE = [
  'From: Woodgrove Security <security@woodgrovebank.com>',
  'To: meganb@fabrikam.com',
  'Subject: Confirm your account',
  '',
];

describe('only results the receiving side added are the verdict', () => {
  it('reads an Authentication-Results below every Received line as history, with a warning', () => {
    const raw = [...RECEIVED_BY_FABRIKAM, ...FORGED, ...MESSAGE].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.verdict).toBe('unknown');
    expect(d.findings.map((f) => f.id)).toContain('no-auth-results');
    expect(d.auth.dmarc).toBeNull();
    const warning = d.warnings.find((w) => w.message.startsWith('Read as history'));
    expect(warning).toMatchObject({ header: 'Authentication-Results', line: lineOf(raw, 'mx.google.com') });
    expect(warning?.message).toContain(`line ${lineOf(raw, 'Received: from mail.sender.example')}`);
  });

  it('takes the same header when the receiver stamped it above its own Received line', () => {
    const raw = [
      ...FORGED.map((l) => l.replace('mx.google.com', 'mx1.fabrikam.com')),
      ...RECEIVED_BY_FABRIKAM,
      ...MESSAGE,
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.verdict).toBe('pass');
    expect(d.warnings).toEqual([]);
  });

  it('takes a receiver that names itself under its own Received line (Gmail, Postfix milters)', () => {
    const raw = [
      ...RECEIVED_BY_FABRIKAM,
      ...FORGED.map((l) => l.replace('mx.google.com', 'mx1.fabrikam.com')),
      ...MESSAGE,
    ].join('\n');
    expect(diagnoseHeaders(raw).auth.authservId).toBe('mx1.fabrikam.com');
  });

  it("keeps Exchange Online's verdict below the tenant's own hops, and skips the sender's below it", () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 198.51.100.66) smtp.mailfrom=woodgrovebank.com; dkim=none\n' +
        ' (message not signed) header.d=none;dmarc=fail action=oreject\n' +
        ' header.from=woodgrovebank.com;compauth=fail reason=000',
      from: 'Woodgrove Security <security@woodgrovebank.com>',
      extra: [],
    }).replace('From: ', [...FORGED, 'From: '].join('\n'));
    const d = diagnoseHeaders(raw);
    expect(d.auth.compauth?.result).toBe('fail');
    expect(d.verdict).toBe('fail');
  });

  it('reads a null-authserv-id header under a non-Microsoft receiver only when it stands above its hop', () => {
    const forgedExchange =
      'Authentication-Results: spf=pass smtp.mailfrom=woodgrovebank.com; dmarc=pass action=none header.from=woodgrovebank.com; compauth=pass reason=100';
    const raw = [...RECEIVED_BY_FABRIKAM, forgedExchange, ...MESSAGE].join('\n');
    expect(diagnoseHeaders(raw).verdict).toBe('unknown');
  });
});

describe('several Authentication-Results of one receiver are one verdict', () => {
  const proton = (between: string[] = []): string =>
    [
      'Authentication-Results: mailin033.protonmail.ch; dkim=pass header.d=fabrikam.com',
      'Authentication-Results: MAILIN033.protonmail.ch; dmarc=pass (p=reject dis=none) header.from=fabrikam.com',
      ...between,
      'Authentication-Results: mailin033.protonmail.ch; spf=pass smtp.mailfrom=fabrikam.com',
      'Received: from mail.fabrikam.com (mail.fabrikam.com [203.0.113.5])',
      ' by mailin033.protonmail.ch (Postfix) with ESMTPS id 4Rk3; Tue, 24 Nov 2026 09:20:11 +0000',
      'From: Fabrikam News <news@fabrikam.com>',
      'Subject: November',
      '',
    ].join('\n');

  it('merges one method per header from the same authserv-id (case-insensitive)', () => {
    const raw = proton();
    const d = diagnoseHeaders(raw);
    expect(d.auth.spf?.result).toBe('pass');
    expect(d.auth.dmarc?.result).toBe('pass');
    expect(d.auth.dkim.map((k) => k.result)).toEqual(['pass']);
    expect(d.verdict).toBe('pass');
    const f = d.findings.find((x) => x.id === 'authenticated');
    expect(f?.evidence.map((e) => e.line)).toContain(lineOf(raw, 'dmarc=pass'));
  });

  it('does not merge a header of the same name that a Received line separates', () => {
    const raw = proton([
      'Received: from relay.example.net (relay.example.net [198.51.100.9])',
      ' by mailin033.protonmail.ch (Postfix) with ESMTPS id 4Rk2; Tue, 24 Nov 2026 09:20:10 +0000',
    ]);
    const d = diagnoseHeaders(raw);
    expect(d.auth.dmarc?.result).toBe('pass');
    expect(d.auth.spf).toBeNull();
  });
});

describe('a block with only ARC-Authentication-Results', () => {
  it('is diagnosed from the highest ARC instance, and says so', () => {
    const raw = [
      'Received: from SA1PR15MB5170.namprd15.prod.outlook.com (2603:10b6:806:238::9)',
      ' by PH0PR15MB4783.namprd15.prod.outlook.com with HTTPS; Tue, 24 Nov 2026 10:40:31 +0000',
      'ARC-Authentication-Results: i=2; mx.microsoft.com 1; spf=pass (sender ip is 203.0.113.20)',
      ' smtp.mailfrom=contoso.com; dmarc=pass action=none header.from=contoso.com;',
      ' dkim=pass (signature was verified) header.d=contoso.com; arc=pass',
      'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=fail smtp.mailfrom=contoso.com;',
      ' dmarc=fail action=quarantine header.from=contoso.com',
      'Received: from mail.contoso.com (203.0.113.20) by',
      ' BN2PEPF000044A8.mail.protection.outlook.com (10.167.243.159) with Microsoft SMTP Server;',
      ' Tue, 24 Nov 2026 10:40:29 +0000',
      'From: Alex Wilber <alexw@contoso.com>',
      'Subject: Contract draft',
      '',
    ].join('\n');
    const d = diagnoseHeaders(raw);
    expect(d.auth.authservId).toBe('mx.microsoft.com');
    expect(d.auth.dmarc?.result).toBe('pass');
    expect(d.verdict).toBe('pass');
    expect(d.summary).toContain('ARC-Authentication-Results of mx.microsoft.com (i=2)');
    const line = lineOf(raw, 'i=2;');
    expect(d.warnings).toContainEqual(
      expect.objectContaining({ header: 'ARC-Authentication-Results', line }),
    );
    const f = d.findings.find((x) => x.id === 'authenticated');
    expect(f?.evidence.map((e) => e.line)).toContain(line + 1);
  });

  it('is not used when the receiver wrote an Authentication-Results', () => {
    const raw = exoBlock({
      authResults: 'spf=pass smtp.mailfrom=contoso.com; dmarc=pass action=none header.from=contoso.com',
      from: 'Alex Wilber <alexw@contoso.com>',
      extra: ['ARC-Authentication-Results: i=1; mx.microsoft.com 1; dmarc=fail header.from=contoso.com'],
    });
    const d = diagnoseHeaders(raw);
    expect(d.auth.authservId).toBeNull();
    expect(d.summary).not.toContain('ARC-Authentication-Results');
  });
});
