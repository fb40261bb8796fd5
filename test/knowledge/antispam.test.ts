import {
  ANTISPAM_FIELDS,
  BCL_THRESHOLDS,
  BCL_VALUES,
  CAT_VALUES,
  DIR_VALUES,
  IPV_VALUES,
  PCL_VALUES,
  SCL_VALUES,
  SFTY_VALUES,
  SFV_VALUES,
  SRV_VALUES,
  decodeAntispamField,
  findAntispamValue,
} from '../../src/rules/knowledge';
import type { AntispamValueRow } from '../../src/rules/knowledge';
import facts from '../fixtures/knowledge/antispam.json';

function values(rows: AntispamValueRow[]): string[] {
  return rows.map((r) => r.value);
}

function flagged(rows: AntispamValueRow[], flag: 'older' | 'defenderForOffice365'): string[] {
  return rows
    .filter((r) => r[flag] === true)
    .map((r) => r.value)
    .sort();
}

describe('antispam value tables against test/fixtures/knowledge/antispam.json', () => {
  it('has every SFV value, SKI as older and DMS as the one undocumented', () => {
    expect(values(SFV_VALUES).sort()).toEqual([...facts.values.SFV].sort());
    expect(flagged(SFV_VALUES, 'older')).toEqual(facts.older.SFV);
    expect(SFV_VALUES.filter((r) => !r.documented).map((r) => r.value)).toEqual(facts.undocumentedValues.SFV);
  });

  it('has every CAT value, with the Defender for Office 365 markers and NONE as older', () => {
    expect(values(CAT_VALUES).sort()).toEqual([...facts.values.CAT].sort());
    expect(flagged(CAT_VALUES, 'defenderForOffice365')).toEqual(facts.defenderForOffice365.CAT);
    expect(flagged(CAT_VALUES, 'older')).toEqual(facts.older.CAT);
  });

  it('has every SFTY value, the 2018 ones marked older', () => {
    expect(values(SFTY_VALUES).sort()).toEqual([...facts.values.SFTY].sort());
    expect(flagged(SFTY_VALUES, 'older')).toEqual([...facts.older.SFTY].sort());
  });

  it('has the DIR, IPV and SRV values', () => {
    expect(values(DIR_VALUES)).toEqual(facts.values.DIR);
    expect(values(IPV_VALUES)).toEqual(facts.values.IPV);
    expect(values(SRV_VALUES)).toEqual(facts.values.SRV);
  });

  it('describes every field of the reference table, plus BCL and PCL', () => {
    const known = ANTISPAM_FIELDS.map((r) => r.field);
    expect(known).toEqual(expect.arrayContaining([...facts.fields, 'BCL', 'PCL']));
    expect(
      ANTISPAM_FIELDS.filter((r) => !r.documented)
        .map((r) => r.field)
        .sort(),
    ).toEqual(facts.undocumentedFields);
  });
});

describe('the compauth guide\'s "Field | Role" table', () => {
  const roles = facts.compauthGuideFieldRoles;

  it('names only fields the knowledge base decodes through a value table', () => {
    for (const field of roles.fields) {
      expect(ANTISPAM_FIELDS.find((r) => r.field === field)?.hasValueTable).toBe(true);
    }
  });

  it.each(roles.examples)("decodes the guide's example %s:%s as documented", (field, value) => {
    expect(decodeAntispamField(field, value)?.documented).toBe(true);
  });
});

describe('SCL, BCL and PCL ranges', () => {
  it('covers every SCL from -1 to 9 exactly once', () => {
    for (let scl = -1; scl <= 9; scl += 1) {
      const row = findAntispamValue('SCL', String(scl));
      expect(row).toBeDefined();
    }
    expect(findAntispamValue('SCL', '-1')?.value).toBe('-1');
    expect(findAntispamValue('SCL', '1')?.value).toBe('0-1');
    expect(findAntispamValue('SCL', '3')?.value).toBe('2-4');
    expect(findAntispamValue('SCL', '6')?.value).toBe('5-6');
    expect(findAntispamValue('SCL', '9')?.value).toBe('7-9');
    expect(values(SCL_VALUES)).toEqual(['-1', '0-1', '2-4', '5-6', '7-9']);
    expect(findAntispamValue('SCL', '10')).toBeUndefined();
    expect(findAntispamValue('SCL', '-2')).toBeUndefined();
  });

  it('says SCL 2-4 are never stamped by filtering and 5-6 go to Junk', () => {
    expect(findAntispamValue('SCL', '2')?.meaning).toMatch(/Never stamped by spam filtering/);
    expect(findAntispamValue('SCL', '5')?.meaning).toMatch(/Junk Email/);
  });

  it('covers every BCL from 0 to 9 and states the thresholds', () => {
    const expected = ['0', '1-3', '1-3', '1-3', '4-7', '4-7', '4-7', '4-7', '8-9', '8-9'];
    expect(Array.from({ length: 10 }, (_, bcl) => findAntispamValue('BCL', String(bcl))?.value)).toEqual(
      expected,
    );
    expect(values(BCL_VALUES)).toEqual(['0', '1-3', '4-7', '8-9']);
    expect(BCL_THRESHOLDS).toMatchObject(facts.bclThresholds);
  });

  it('covers PCL 0-8 (older documentation)', () => {
    expect(findAntispamValue('PCL', '3')?.value).toBe('0-3');
    expect(findAntispamValue('PCL', '4')?.value).toBe('4-8');
    expect(findAntispamValue('PCL', '9')).toBeUndefined();
    expect(PCL_VALUES.every((r) => r.older)).toBe(true);
  });
});

describe('decodeAntispamField', () => {
  // X-Forefront-Antispam-Report of the compauth guide's annotated example.
  const report = 'CIP:203.0.113.20; CTRY:US; CAT:SPOOF; SFV:SPM; SCL:5; SFTY:9.19';
  const decoded = Object.fromEntries(
    report.split('; ').map((pair) => {
      const [field, value] = pair.split(':');
      return [field, decodeAntispamField(field, value)];
    }),
  );

  it("decodes the compauth guide's example report", () => {
    expect(decoded.CIP).toEqual({
      meaning: expect.stringMatching(/^Connecting IP address.*: 203\.0\.113\.20$/),
      documented: true,
    });
    expect(decoded.CTRY?.meaning).toMatch(/Country\/region.*: US$/);
    expect(decoded.CAT).toEqual({ meaning: 'Spoofing', documented: true });
    expect(decoded.SFV).toEqual({
      meaning: 'The message was marked as spam by spam filtering.',
      documented: true,
    });
    expect(decoded.SCL?.meaning).toMatch(/^Spam; /);
    expect(decoded.SFTY).toEqual({ meaning: 'Domain impersonation.', documented: true });
  });

  it('compares field names and values case-insensitively', () => {
    expect(decodeAntispamField('sfv', 'nspm')?.meaning).toMatch(/not spam/);
    expect(decodeAntispamField('Cat', 'phsh')?.meaning).toBe('Phishing');
    expect(decodeAntispamField('x-customspam', 'SPF Record Fail')?.meaning).toMatch(
      /Advanced Spam Filter.*: SPF Record Fail$/,
    );
  });

  it('decodes numeric scales, including SCL -1 and BCL', () => {
    expect(decodeAntispamField('SCL', '-1')?.meaning).toMatch(/skipped/);
    expect(decodeAntispamField('BCL', '8')?.meaning).toMatch(/high number of complaints/);
    expect(decodeAntispamField('PCL', '0')?.meaning).toMatch(/not likely/);
  });

  it('reports unknown values of a tabled field as undocumented', () => {
    expect(decodeAntispamField('SFV', 'XYZ')).toEqual({
      meaning: 'SFV value XYZ is not documented by Microsoft',
      documented: false,
    });
    expect(decodeAntispamField('SCL', '12')?.documented).toBe(false);
    expect(decodeAntispamField('SFTY', '9.99')?.meaning).toBe(
      'SFTY value 9.99 is not documented by Microsoft',
    );
  });

  it('marks the undocumented values and fields as such', () => {
    expect(decodeAntispamField('SFV', 'DMS')?.documented).toBe(false);
    expect(decodeAntispamField('CAT', 'NONE')?.documented).toBe(false);
    expect(decodeAntispamField('SFS', '(102)')).toEqual({
      meaning: expect.stringMatching(/not documented by Microsoft.*: \(102\)$/),
      documented: false,
    });
    expect(decodeAntispamField('MAXLANG', 'en')?.documented).toBe(false);
  });

  it('decodes the other documented fields with their value', () => {
    expect(decodeAntispamField('DIR', 'INB')?.meaning).toBe('Inbound message.');
    expect(decodeAntispamField('IPV', 'NLI')?.meaning).toMatch(/not found on any IP reputation list/);
    expect(decodeAntispamField('SRV', 'BULK')?.meaning).toMatch(/bulk/);
    expect(decodeAntispamField('H', 'mail.fabrikam.com')?.meaning).toMatch(
      /HELO\/EHLO.*: mail\.fabrikam\.com$/,
    );
    expect(decodeAntispamField('PTR', 'mail.fabrikam.com')?.meaning).toMatch(/^Reverse DNS/);
    expect(decodeAntispamField('LANG', 'en')?.meaning).toMatch(/^Language.*: en$/);
  });

  it('reads the empty fields of Microsoft\'s own example as "no value"', () => {
    // From Learn's example: `...CTRY:;LANG:hr;SCL:1;SRV:;IPV:NLI;SFV:NSPM;PTR:;SFTY:;...`
    expect(decodeAntispamField('SRV', '')).toEqual({ meaning: 'Bulk verdict: (no value)', documented: true });
    expect(decodeAntispamField('SFTY', ' ')?.meaning).toMatch(/: \(no value\)$/);
    expect(decodeAntispamField('PTR', '')?.documented).toBe(true);
    expect(decodeAntispamField('LANG', 'hr')?.meaning).toMatch(/: hr$/);
  });

  it('returns null for fields that are for Microsoft’s own use', () => {
    expect(decodeAntispamField('RULEID', 'abc')).toBeNull();
    expect(decodeAntispamField('OrigIP', '10.0.0.1')).toBeNull();
  });
});
