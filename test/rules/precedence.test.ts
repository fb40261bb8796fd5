/**
 * The registry and its precedence: one module per id, FINDING_IDS derived from it, `supersedes` naming
 * real ids without cycles, and the engine dropping every finding another detected one supersedes.
 */
import { FINDING_IDS, type Finding, type FindingId } from '../../src/rules/diagnosis';
import { detectFindings } from '../../src/rules/engine';
import { buildFacts } from '../../src/rules/facts';
import { FINDINGS, type FindingModule } from '../../src/rules/findings';
import { parseHeaders } from '../../src/parser';
import { diagnoseHeaders, exoBlock, ids } from './helpers';

function fake(id: FindingId, fires: boolean, supersedes: FindingId[] = []): FindingModule {
  const finding: Finding = {
    id,
    severity: 'info',
    title: id,
    explanation: id,
    owner: 'none',
    fix: [],
    fixSteps: [],
    evidence: [],
    references: [],
  };
  return {
    meta: { id, owner: 'none', severity: 'info', title: id, when: id, why: id, references: [], supersedes },
    detect: () => (fires ? finding : null),
  };
}

describe('finding registry', () => {
  it('has one module per id, in the order FINDING_IDS lists', () => {
    expect(FINDINGS.map((m) => m.meta.id)).toEqual([...FINDING_IDS]);
    expect(new Set(FINDING_IDS).size).toBe(FINDING_IDS.length);
    expect(FINDING_IDS).toHaveLength(37);
  });

  it('supersedes only other registered ids, without cycles', () => {
    const graph = new Map<string, readonly string[]>(
      FINDINGS.map((m) => [m.meta.id, m.meta.supersedes ?? []]),
    );
    for (const [id, replaced] of graph) {
      expect(replaced).not.toContain(id);
      for (const other of replaced) expect(FINDING_IDS).toContain(other);
    }
    const visiting = new Set<string>();
    const reaches = (from: string, target: string): boolean => {
      if (visiting.has(from)) return false;
      visiting.add(from);
      const found = (graph.get(from) ?? []).some((next) => next === target || reaches(next, target));
      visiting.delete(from);
      return found;
    };
    for (const id of graph.keys()) expect(reaches(id, id)).toBe(false);
  });

  it('documents every module: when it fires, why it matters, who acts, where to read more', () => {
    for (const { meta } of FINDINGS) {
      expect(meta.when.length).toBeGreaterThan(20);
      expect(meta.why.length).toBeGreaterThan(20);
      expect(meta.title.length).toBeGreaterThan(5);
      expect(meta.references.length).toBeGreaterThan(0);
    }
  });
});

describe('precedence', () => {
  const facts = buildFacts(parseHeaders(''));

  it('drops what a detected finding supersedes, even when that finding is itself superseded', () => {
    const found = detectFindings(
      facts,
      [],
      [
        fake('spf-fail', true),
        fake('forwarding', true, ['spf-fail']),
        fake('arc-rescued', true, ['forwarding']),
        fake('dkim-none', true),
        fake('no-authentication', false, ['dkim-none']),
      ],
    );
    expect(found.map((f) => f.id)).toEqual(['arc-rescued', 'dkim-none']);
  });

  it('a trusted ARC rescue of forwarded mail leaves neither forwarding nor spf-fail', () => {
    const d = diagnoseHeaders(
      exoBlock({
        authResults:
          'spf=fail (sender IP is 209.85.220.41)\n smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)\n' +
          ' header.d=contoso.com;dmarc=fail action=none header.from=contoso.com;compauth=pass reason=130',
        from: 'Chris <chris@contoso.com>',
        extra: ['ARC-Seal: i=1; a=rsa-sha256; cv=none; d=google.com; s=arc-20160816; b=x'],
      }),
    );
    expect(ids(d)).toContain('arc-rescued');
    for (const id of ['forwarding', 'spf-fail', 'dkim-body-hash', 'dmarc-alignment'])
      expect(ids(d)).not.toContain(id);
  });
});
