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
import { between, readShared, tableCells } from './seed-files';

const FACTS = 'reference/header-facts.md';
const fieldTable = between(readShared(FACTS), '| field | meaning |', '\n\n');

/** The "meaning" cell of a field's row in header-facts' X-Forefront-Antispam-Report table. */
function factsCell(field: string): string {
  const line = fieldTable.split('\n').find((l) => tableCells(l)[0] === field);
  if (line === undefined) throw new Error(`no ${field} row in header-facts`);
  return tableCells(line)[1];
}

/** The upper-case codes that open each "; "- or ". "-separated item of a cell (HPHSH / HPHISH gives both). */
function leadingCodes(cell: string): string[] {
  const codes: string[] = [];
  for (const item of cell.split(/; |\. /)) {
    const lead = /^((?:[A-Z]{2,6}(?: \/ |\b))+)/.exec(item.replace(/`/g, '').trim());
    if (lead) codes.push(...lead[1].split(' / ').map((c) => c.trim()));
  }
  return codes.filter((c) => /^[A-Z]{2,6}$/.test(c));
}

function values(rows: AntispamValueRow[]): string[] {
  return rows.map((r) => r.value);
}

describe('antispam value tables against header-facts', () => {
  it('has every SFV value, SKI as older and DMS as undocumented', () => {
    const seedCodes = leadingCodes(factsCell('SFV'));
    expect(seedCodes).toEqual(expect.arrayContaining(['BLK', 'NSPM', 'SKN', 'SPM', 'SKI', 'DMS']));
    expect(values(SFV_VALUES).sort()).toEqual([...seedCodes].sort());
    expect(SFV_VALUES.find((r) => r.value === 'SKI')?.older).toBe(true);
    expect(SFV_VALUES.find((r) => r.value === 'DMS')?.documented).toBe(false);
    expect(SFV_VALUES.filter((r) => !r.documented).map((r) => r.value)).toEqual(['DMS']);
  });

  it('has every CAT value, with the Defender for Office 365 markers and NONE as older', () => {
    const cell = factsCell('CAT');
    const seedCodes = leadingCodes(cell);
    expect(seedCodes).toEqual(expect.arrayContaining(['AMP', 'HPHSH', 'HPHISH', 'UIMP', 'NONE']));
    expect(values(CAT_VALUES).sort()).toEqual([...seedCodes].sort());
    const starred = cell
      .split('; ')
      .filter((item) => /\*/.test(item))
      .map((item) => item.split(' ')[0]);
    expect(starred.sort()).toEqual(['BIMP', 'DIMP', 'GIMP', 'SAP', 'UIMP']);
    const marked = CAT_VALUES.filter((r) => r.defenderForOffice365).map((r) => r.value);
    expect(marked.sort()).toEqual(starred.sort());
    expect(CAT_VALUES.find((r) => r.value === 'NONE')?.older).toBe(true);
  });

  it('has every SFTY value, the 2018 ones marked older', () => {
    const seedValues = [...new Set(factsCell('SFTY').match(/\b9\.\d+\b/g))];
    expect(values(SFTY_VALUES).sort()).toEqual(seedValues.sort());
    expect(
      SFTY_VALUES.filter((r) => r.older)
        .map((r) => r.value)
        .sort(),
    ).toEqual(['9.1', '9.11', '9.21', '9.22', '9.23', '9.24']);
  });

  it('has the DIR, IPV and SRV values', () => {
    expect(values(DIR_VALUES)).toEqual(['INB', 'OUT', 'INT']);
    expect(values(IPV_VALUES)).toEqual(['CAL', 'NLI']);
    expect(values(SRV_VALUES)).toEqual(['BULK']);
    for (const code of ['INB', 'OUT', 'INT']) expect(factsCell('DIR')).toContain(code);
    for (const code of ['CAL', 'NLI']) expect(factsCell('IPV')).toContain(code);
  });

  it('describes every field of the header-facts table, plus BCL and PCL', () => {
    const seedFields = fieldTable
      .split('\n')
      .map((l) => tableCells(l)[0])
      .filter((f) => f !== undefined && f !== '' && !f.startsWith('-'))
      .flatMap((f) => f.split(', '));
    const known = ANTISPAM_FIELDS.map((r) => r.field);
    expect(known).toEqual(expect.arrayContaining(seedFields));
    expect(known).toEqual(expect.arrayContaining(['BCL', 'PCL']));
    expect(
      ANTISPAM_FIELDS.filter((r) => !r.documented)
        .map((r) => r.field)
        .sort(),
    ).toEqual(['EFV', 'MAXLANG', 'SFP', 'SFS']);
  });
});

describe('the compauth guide\'s "Field | Role" table', () => {
  it('names only fields the knowledge base decodes through a value table', () => {
    const guide = readShared('seeds/compauth-reason-codes-guide.txt');
    const table = between(guide, '| Field | Role |\n|---|---|\n', 'Here is an example');
    const fields = table
      .split('\n')
      .filter((line) => line.includes('|'))
      .map((line) => line.split('|')[0].trim());
    expect(fields).toEqual(['CAT', 'SFV', 'SCL', 'SFTY']);
    for (const field of fields) {
      expect(ANTISPAM_FIELDS.find((r) => r.field === field)?.hasValueTable).toBe(true);
    }
    // The guide's examples of each role decode through the tables.
    for (const [field, value] of [
      ['CAT', 'PHSH'],
      ['CAT', 'BULK'],
      ['SFV', 'SKS'],
      ['SCL', '9'],
      ['SFTY', '9.25'],
    ]) {
      expect(decodeAntispamField(field, value)?.documented).toBe(true);
    }
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
    expect(BCL_THRESHOLDS).toMatchObject({ default: 7, standard: 6, strict: 5 });
    expect(readShared(FACTS)).toContain('default 7, standard 6, strict 5');
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
