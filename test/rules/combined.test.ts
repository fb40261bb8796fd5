import { diagnoseHeaders, exoBlock, expectFinding, ids } from './helpers';

describe('combined findings', () => {
  it("spf-and-dkim-fail: the seed's fix priority, filled with the real IP and domain", () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=fail (signature did not verify)\n header.d=contoso.com;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail\n reason=000',
      from: 'Contoso HR <hr@contoso.com>',
      connecting: 'relay.hosting.example (203.0.113.77)',
    });
    const d = diagnoseHeaders(raw);
    const f = expectFinding(raw, d, 'spf-and-dkim-fail', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: [
        'If 203.0.113.77 (relay.hosting.example) is a server or service contoso.com uses, add `ip4:203.0.113.77`',
        "if not, this message was forged and contoso.com's DMARC policy did its job: change nothing",
        'Then DKIM: turn on DKIM signing with d=contoso.com at the service that sends this mail',
        'ARC',
      ],
      evidenceOn: ['spf=fail (sender IP is 203.0.113.77)', 'smtp.mailfrom=contoso.com; dkim=fail'],
    });
    // The seed's priority order; fix[] is itself the ordered list (reports number it).
    expect(f.fix[0]).toMatch(/^If 203\.0\.113\.77 /);
    expect(f.fix[1]).toMatch(/^Then DKIM: /);
    expect(f.fix[2]).toMatch(/^Verify DMARC alignment/);
    expect(f.fix[3]).toMatch(/^If a gateway is involved/);
    // The plan comes first; the single findings stay, each saying why its method failed.
    expect(ids(d).indexOf('spf-and-dkim-fail')).toBeLessThan(ids(d).indexOf('spf-fail'));
    expect(ids(d)).toContain('dkim-fail');
    expect(ids(d)).toEqual(expect.arrayContaining(['dmarc-enforced-failure', 'compauth-explicit-failure']));
  });

  it('no-authentication: spf, dkim and dmarc all none (the fabrikam.com seed) replaces the single findings', () => {
    const raw = exoBlock({
      authResults:
        'spf=none (sender IP is 10.2.3.4)\n smtp.mailfrom=fabrikam.com; contoso.com; dkim=none\n (message not signed) header.d=none; contoso.com; dmarc=none\n action=none header.from=fabrikam.com; compauth=fail reason=001',
      from: 'chris@fabrikam.com',
    });
    const d = diagnoseHeaders(raw);
    expectFinding(raw, d, 'no-authentication', {
      severity: 'error',
      owner: 'sender-admin',
      fixContains: [
        'add `ip4:10.2.3.4` only if that address is one of them',
        'DKIM: turn on DKIM signing with d=fabrikam.com',
        '_dmarc.fabrikam.com TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@fabrikam.com"',
      ],
      evidenceOn: [
        'spf=none (sender IP is 10.2.3.4)',
        'contoso.com; dkim=none',
        'header.d=none; contoso.com; dmarc=none',
      ],
    });
    for (const single of ['spf-none', 'dkim-none', 'dmarc-none']) expect(ids(d)).not.toContain(single);
    expect(ids(d)).toContain('compauth-implicit-failure');
  });

  it('no-authentication needs all three reported none: a verdict that does not mention SPF or DMARC is not none', () => {
    // One method per header (a receiver that stamps several Authentication-Results): the top-most alone
    // reports dkim=none and says nothing about SPF or DMARC.
    const raw = [
      'Authentication-Results: mail.example.org; dkim=none',
      'Authentication-Results: mail.example.org; spf=pass smtp.mailfrom=fabrikam.com',
      'From: chris@fabrikam.com',
      '',
    ].join('\n');
    expect(ids(diagnoseHeaders(raw))).not.toContain('no-authentication');
    const dmarcMissing = diagnoseHeaders(
      'Authentication-Results: mail.example.org; spf=none smtp.mailfrom=fabrikam.com; dkim=none\nFrom: chris@fabrikam.com\n',
    );
    expect(ids(dmarcMissing)).not.toContain('no-authentication');
    expect(ids(dmarcMissing)).toEqual(expect.arrayContaining(['spf-none', 'dkim-none']));
  });
});
