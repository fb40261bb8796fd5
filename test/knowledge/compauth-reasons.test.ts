import { COMPAUTH_REASONS, lookupCompauthReason } from '../../src/rules/knowledge';
import facts from '../fixtures/knowledge/compauth-reasons.json';

describe('COMPAUTH_REASONS against test/fixtures/knowledge/compauth-reasons.json', () => {
  it('has exactly the codes, families and ranges of the guide, in its order', () => {
    expect(COMPAUTH_REASONS.map((r) => r.code)).toEqual(facts.codes.map((c) => c.code));
  });

  it.each(facts.codes.map((c) => [c.code, c] as const))(
    '%s: result, documented flag and the key facts of its meaning',
    (code, fact) => {
      const row = COMPAUTH_REASONS.find((r) => r.code === code);
      expect(row?.compauth).toBe(fact.compauth);
      expect(row?.documented).toBe(fact.documented);
      for (const term of fact.mentions) expect(row?.meaning.toLowerCase()).toContain(term);
      expect(row?.typicalCause).not.toBe('');
      expect(row?.resolution).not.toBe('');
    },
  );

  it('gives the undocumented codes the result of their family and names the family', () => {
    for (const row of COMPAUTH_REASONS.filter((r) => !r.documented)) {
      const family = COMPAUTH_REASONS.find((r) => r.code === `${row.code[0]}xx`);
      expect(row.compauth).toBe(family?.compauth);
      expect(row.meaning).toContain(`${row.code[0]}xx`);
    }
  });
});

describe('lookupCompauthReason', () => {
  it('finds an exact documented code', () => {
    const hit = lookupCompauthReason('001');
    expect(hit?.match).toBe('exact');
    expect(hit?.documented).toBe(true);
    expect(hit?.row.compauth).toBe('fail');
    expect(hit?.row.meaning).toMatch(/^Implicit failure/);
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
