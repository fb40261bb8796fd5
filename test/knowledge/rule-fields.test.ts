/**
 * The table fields the finding modules read instead of keeping their own sets: which NDR codes are
 * authentication rejections, which DMARC dispositions mean the policy was applied, which SFTY / SFV
 * values mean spoofing or junking, and which finding a compauth reason or result is reported as.
 */
import {
  AUTH_AS_VALUES,
  COMPAUTH_REASONS,
  dmarcPolicyApplied,
  findAntispamValue,
  lookupAuthResult,
  lookupCompauthReason,
  lookupNdrCodes,
  SFTY_VALUES,
  SFV_VALUES,
} from '../../src/rules/knowledge';
import { FINDING_IDS } from '../../src/rules/diagnosis';

describe('compauth reason → finding', () => {
  it.each([
    ['000', 'compauth-explicit-failure'],
    ['001', 'compauth-implicit-failure'],
    ['002', 'tenant-blocked'],
    ['010', 'intra-org-spoof'],
    ['601', 'intra-org-spoof'],
    ['100', null],
    ['108', null],
    ['109', 'implicit-pass'],
    ['111', 'implicit-pass'],
    ['112', 'implicit-pass'],
    ['115', null],
    ['130', 'arc-rescued'],
    ['150', null],
    ['201', 'softpass'],
    ['250', 'softpass'],
    ['301', 'compauth-bypassed'],
    ['401', 'compauth-bypassed'],
    ['501', null],
    ['604', 'compauth-implicit-failure'],
    ['650', 'compauth-implicit-failure'],
    ['702', 'implicit-pass'],
    ['703', 'implicit-pass'],
    ['750', 'implicit-pass'],
    ['905', 'compauth-bypassed'],
    ['950', 'compauth-bypassed'],
  ])('%s is reported as %s', (code, finding) => {
    expect(lookupCompauthReason(code)?.row.finding).toBe(finding);
  });

  it('names only catalogue ids, and a failing row never reports a pass finding', () => {
    for (const row of COMPAUTH_REASONS) {
      if (row.finding !== null) expect(FINDING_IDS).toContain(row.finding);
      if (row.compauth === 'fail') expect(row.finding).not.toBeNull();
    }
  });

  it('without a usable reason, the compauth result decides', () => {
    expect(lookupAuthResult('compauth', 'fail')?.finding).toBe('compauth-implicit-failure');
    expect(lookupAuthResult('compauth', 'softpass')?.finding).toBe('softpass');
    expect(lookupAuthResult('compauth', 'none')?.finding).toBe('compauth-bypassed');
    expect(lookupAuthResult('compauth', 'pass')?.finding).toBeNull();
  });
});

describe('DMARC policy applied', () => {
  it.each([
    ['quarantine', true],
    ['reject', true],
    ['oreject', true],
    ['o.reject', true],
    ['Quarantine', true],
    ['none', false],
    ['pct.quarantine', false],
    ['pct.reject', false],
    ['permerror', false],
    ['bogus', false],
  ])('%s → %s', (value, applied) => {
    expect(dmarcPolicyApplied(value)).toBe(applied);
  });
});

describe('antispam flags', () => {
  it('marks the spoofing and impersonation SFTY values, and nothing else', () => {
    const flagged = SFTY_VALUES.filter((row) => row.spoofVerdict).map(
      (row) => `${row.value}:${row.spoofVerdict}`,
    );
    expect(flagged.sort()).toEqual(
      [
        '9.19:impersonation',
        '9.20:impersonation',
        '9.11:intra-org-spoof',
        '9.21:spoof',
        '9.22:spoof',
        '9.23:spoof',
        '9.24:spoof',
      ].sort(),
    );
    expect(findAntispamValue('SFTY', '9.25')?.spoofVerdict).toBeUndefined();
  });

  it('marks the SFV verdicts that junk or quarantine', () => {
    expect(
      SFV_VALUES.filter((row) => row.junks)
        .map((row) => row.value)
        .sort(),
    ).toEqual(['BLK', 'SKB', 'SKS', 'SPM']);
    expect(findAntispamValue('SFV', 'spm')?.junks).toBe(true);
  });
});

describe('NDR codes and AuthAs', () => {
  it('knows every form of the codes that bounce for authentication', () => {
    for (const code of [
      '5.7.1',
      '5.7.23',
      '5.7.25',
      '4.7.23',
      '4.7.26',
      '5.7.26',
      '4.7.27',
      '5.7.30',
      '4.7.32',
    ])
      expect(lookupNdrCodes(code).length).toBeGreaterThan(0);
    expect(lookupNdrCodes('5.7.0')).toEqual([]);
    expect(lookupNdrCodes('5.1.1')).toEqual([]);
  });

  it('says which AuthAs value is mail from inside the organization', () => {
    expect(AUTH_AS_VALUES.filter((row) => row.internal).map((row) => row.value)).toEqual(['Internal']);
  });
});
