import { COMPAUTH_REASONS, lookupCompauthReason } from '../../src/rules/knowledge';
import { between, readShared, tableCells } from './seed-files';

const GUIDE = 'seeds/compauth-reason-codes-guide.txt';

/** The rows of the guide's "complete compauth reason codes table", parsed from the seed itself. */
function seedTableRows(): {
  code: string;
  compauth: string;
  meaning: string;
  cause: string;
  resolution: string;
}[] {
  const section = between(readShared(GUIDE), 'The complete compauth reason codes table', 'Accuracy box');
  return section
    .split('\n')
    .filter((line) => /^\| [0-9][0-9x]{2}/.test(line))
    .map((line) => {
      const [code, compauth, meaning, cause, resolution] = tableCells(line);
      return { code, compauth: compauth.replace(/[()]/g, ''), meaning, cause, resolution };
    });
}

describe('COMPAUTH_REASONS against the seed table', () => {
  const rows = seedTableRows();

  it('parses the whole seed table (000 … 905)', () => {
    expect(rows.map((r) => r.code)).toEqual([
      '000',
      '001',
      '002',
      '010',
      '1xx',
      '100',
      '101',
      '102',
      '103',
      '104',
      '108',
      '109',
      '111',
      '112',
      '115',
      '116',
      '130',
      '2xx',
      '201',
      '202',
      '3xx',
      '4xx',
      '501',
      '502',
      '6xx',
      '601',
      '7xx',
      '701-704',
      '9xx',
      '905',
    ]);
  });

  it.each(seedTableRows())('has $code with compauth=$compauth and the seed texts', (seed) => {
    const row = COMPAUTH_REASONS.find((r) => r.code === seed.code);
    expect(row).toBeDefined();
    expect(row?.compauth).toBe(seed.compauth);
    expect(row?.meaning).toBe(seed.meaning);
    expect(row?.typicalCause).toBe(seed.cause);
    expect(row?.resolution).toBe(seed.resolution);
    expect(row?.documented).toBe(true);
  });

  it('has no documented row that the seed table lacks', () => {
    const seedCodes = new Set(rows.map((r) => r.code));
    const extra = COMPAUTH_REASONS.filter((r) => r.documented && !seedCodes.has(r.code)).map((r) => r.code);
    expect(extra).toEqual([]);
  });

  it.each(['604', '605', '703'])('marks %s undocumented, named in the accuracy box', (code) => {
    const row = COMPAUTH_REASONS.find((r) => r.code === code);
    expect(row?.documented).toBe(false);
    expect(row?.meaning).toMatch(/not documented by Microsoft/);
    expect(row?.meaning).toContain(`${code[0]}xx`);
    expect(readShared(GUIDE)).toContain('604,605and703');
  });

  it('gives the undocumented codes the result of their family', () => {
    expect(COMPAUTH_REASONS.find((r) => r.code === '604')?.compauth).toBe('fail');
    expect(COMPAUTH_REASONS.find((r) => r.code === '605')?.compauth).toBe('fail');
    expect(COMPAUTH_REASONS.find((r) => r.code === '703')?.compauth).toBe('pass');
  });
});

describe('lookupCompauthReason', () => {
  it('finds an exact documented code', () => {
    const hit = lookupCompauthReason('001');
    expect(hit?.match).toBe('exact');
    expect(hit?.documented).toBe(true);
    expect(hit?.row.compauth).toBe('fail');
    expect(hit?.row.meaning).toMatch(/^Implicit authentication failure/);
  });

  it('finds 130 (ARC) and 905 (complex routing) exactly', () => {
    expect(lookupCompauthReason('130')?.row.meaning).toMatch(/trusted ARC sealer/);
    expect(lookupCompauthReason('905')?.row.compauth).toBe('none');
  });

  it('matches 701, 702 and 704 through the documented range', () => {
    for (const code of ['701', '702', '704']) {
      const hit = lookupCompauthReason(code);
      expect(hit?.match).toBe('range');
      expect(hit?.documented).toBe(true);
      expect(hit?.row.code).toBe('701-704');
    }
  });

  it('prefers the undocumented exact row for 703 over the range', () => {
    const hit = lookupCompauthReason('703');
    expect(hit?.match).toBe('exact');
    expect(hit?.documented).toBe(false);
    expect(hit?.row.compauth).toBe('pass');
  });

  it('reports 604 and 605 as undocumented implicit failures', () => {
    for (const code of ['604', '605']) {
      const hit = lookupCompauthReason(code);
      expect(hit?.documented).toBe(false);
      expect(hit?.row.compauth).toBe('fail');
    }
  });

  it('falls back to the family for a code the table lacks, as undocumented', () => {
    const hit = lookupCompauthReason('607');
    expect(hit?.match).toBe('family');
    expect(hit?.documented).toBe(false);
    expect(hit?.row.code).toBe('6xx');
    expect(lookupCompauthReason('105')?.row.code).toBe('1xx');
    expect(lookupCompauthReason('250')?.row.compauth).toBe('softpass');
    expect(lookupCompauthReason('301')?.row.compauth).toBe('none');
    expect(lookupCompauthReason('999')?.row.code).toBe('9xx');
    expect(lookupCompauthReason('705')?.match).toBe('family');
  });

  it('returns null for anything but three digits, and for families the table does not have', () => {
    for (const code of ['', '1', '01', '0001', 'abc', '1x1', '10a', '-01']) {
      expect(lookupCompauthReason(code)).toBeNull();
    }
    expect(lookupCompauthReason('800')).toBeNull();
    expect(lookupCompauthReason('503')).toBeNull();
  });

  it('tolerates surrounding whitespace', () => {
    expect(lookupCompauthReason(' 000 ')?.row.code).toBe('000');
  });
});
