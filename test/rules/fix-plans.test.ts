import type { Diagnosis } from '../../src/rules/diagnosis';
import { diagnoseHeaders, exoBlock } from './helpers';

const M365 = 'mail-am6eur05on2061.outbound.protection.outlook.com (52.100.175.61)';
const FAILING =
  'spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=fail (signature did not verify)\n header.d=contoso.com;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail\n reason=000';

function codes(d: Diagnosis): string[] {
  return d.findings.flatMap((f) => f.fixSteps.flatMap((s) => (s.code ? [s.code.value] : [])));
}

describe('fix plans', () => {
  it('each command once per owner, however many findings prescribe it', () => {
    const d = diagnoseHeaders(
      exoBlock({ authResults: FAILING, from: 'HR <hr@contoso.com>', connecting: M365 }),
    );
    for (const owner of new Set(d.findings.map((f) => f.owner))) {
      const mine = d.findings
        .filter((f) => f.owner === owner)
        .flatMap((f) =>
          f.fixSteps.flatMap((s) => (s.code ? [`${s.code.kind} ${s.code.host} ${s.code.value}`] : [])),
        );
      expect(mine).toEqual([...new Set(mine)]);
    }
    expect(codes(d).filter((c) => c.startsWith('Set-DkimSigningConfig'))).toHaveLength(1);
  });

  it('Microsoft 365 templates only with evidence the domain sends through it', () => {
    const without = diagnoseHeaders(exoBlock({ authResults: FAILING, from: 'HR <hr@contoso.com>' }));
    expect(codes(without).join('\n')).not.toMatch(/Set-DkimSigningConfig|spf\.protection\.outlook\.com/);
    const through = diagnoseHeaders(
      exoBlock({ authResults: FAILING, from: 'HR <hr@contoso.com>', connecting: M365 }),
    );
    expect(codes(through)).toContain("Set-DkimSigningConfig -Identity 'contoso.com' -Enabled $true");
    expect(codes(through)).toContain('include:spf.protection.outlook.com');
  });

  it('the SPF step is a conditional mechanism to merge, never a second record; forged when suspicious', () => {
    const d = diagnoseHeaders(
      exoBlock({
        authResults: FAILING,
        from: 'HR <hr@contoso.com>',
        connecting: 'bulk-relay.example.net (203.0.113.77)',
      }),
    );
    const spf = d.findings.flatMap((f) => f.fixSteps).find((s) => s.code?.value === 'ip4:203.0.113.77');
    expect(spf?.code).toEqual({ kind: 'dns-txt', value: 'ip4:203.0.113.77' });
    expect(spf?.text).toContain(
      'If 203.0.113.77 (bulk-relay.example.net) is a server or service contoso.com uses',
    );
    expect(d.trust.level).toBe('suspicious');
    expect(spf?.text).toContain(
      "if not, this message was forged and contoso.com's DMARC policy did its job: change nothing",
    );
    expect(codes(d).some((c) => c.startsWith('v=spf1'))).toBe(false);
  });

  it('no SPF step when SPF passed, no DKIM step when an aligned signature passed', () => {
    const d = diagnoseHeaders(
      exoBlock({
        authResults:
          'spf=pass (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\n header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=fail reason=001',
        from: 'HR <hr@contoso.com>',
        connecting: M365,
      }),
    );
    const all = d.findings.flatMap((f) => f.fix).join('\n');
    expect(all).not.toContain('before the final `all`');
    expect(all).not.toContain('Set-DkimSigningConfig');
  });

  it('trusts only the intermediaries that sealed, added to the existing list; never Microsoft or the reader', () => {
    const raw = exoBlock({
      authResults:
        'spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)\n header.d=contoso.com;dmarc=fail action=none header.from=contoso.com;compauth=fail\n reason=001',
      from: 'HR <hr@contoso.com>',
      extra: [
        'ARC-Seal: i=3; cv=pass; d=microsoft.com; s=arcselector; b=x',
        'ARC-Seal: i=2; cv=pass; d=fabrikam.com; s=arc; b=x',
        'ARC-Seal: i=1; cv=none; d=lists.example.org; s=arc; b=x',
        'List-Id: <team.lists.example.org>',
      ],
    });
    const d = diagnoseHeaders(raw, { recipient: 'meganb@fabrikam.com' });
    const arc = codes(d).find((c) => c.includes('Set-ArcConfig'));
    expect(arc).toBe(
      "$sealers = @(Get-ArcConfig | Select-Object -ExpandProperty ArcTrustedSealers); $sealers += 'lists.example.org'; Set-ArcConfig -Identity Default -ArcTrustedSealers $sealers",
    );
  });
});
