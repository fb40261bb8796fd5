import { COMPAUTH_ACTION_PLAN, COMPAUTH_GUIDANCE, lookupCompauthReason } from '../../src/rules/knowledge';
import { between, readShared } from './seed-files';

const GUIDE = readShared('seeds/compauth-reason-codes-guide.txt');

describe('COMPAUTH_GUIDANCE', () => {
  it('covers each "reason=" section of the guide, in order', () => {
    const headings = GUIDE.split('\n').filter((line) => /^reason=\d{3}(?: and reason=\d{3})?: /.test(line));
    expect(COMPAUTH_GUIDANCE.map((g) => g.heading)).toEqual(headings);
  });

  it.each(COMPAUTH_GUIDANCE)('$heading: paragraphs verbatim, codes in the table', (section) => {
    const body = between(GUIDE, `${section.heading}\n`, '\nreason=');
    expect(section.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of section.paragraphs) expect(body).toContain(paragraph);
    for (const code of section.codes) {
      expect(section.heading).toContain(`reason=${code}`);
      expect(lookupCompauthReason(code)?.match).toBe('exact');
    }
  });
});

describe('COMPAUTH_ACTION_PLAN', () => {
  it('has the seven steps of the guide, the same words in the same order', () => {
    const squash = (text: string): string => text.replace(/\s+/g, '');
    const plan = squash(
      between(GUIDE, 'Recommended action plan to fix a compauth=fail', 'For the SPF and DKIM steps'),
    );
    expect(COMPAUTH_ACTION_PLAN.steps).toHaveLength(7);
    let from = 0;
    for (const step of COMPAUTH_ACTION_PLAN.steps) {
      const at = plan.indexOf(squash(step), from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + squash(step).length;
    }
  });
});
