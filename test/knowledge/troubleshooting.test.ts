import { SCENARIOS, SYMPTOMS, asHeaderBlock } from '../../src/rules/knowledge';
import type { SymptomTopic } from '../../src/rules/knowledge';
import { FINDING_IDS } from '../../src/rules/diagnosis';
import { readShared } from './seed-files';

const SEED = readShared('seeds/troubleshooting-email-authentication.txt');
/** The seed with line breaks as spaces: it wraps some steps mid-sentence (before `Get-MessageTrace`). */
const FLAT_SEED = SEED.replace(/\s+/g, ' ');

const TABLES: [SymptomTopic, string][] = [
  ['spf', 'SPF failures\n'],
  ['dkim', 'DKIM failures\n'],
  ['dmarc', 'DMARC failures\n'],
  ['compauth', 'Composite authentication failures\n'],
  ['ndr', 'NDRs for email authentication failures\n'],
];

/**
 * The rows of one quick-reference table. The seed prints some rows on one line ("| a | b | c |") and
 * others with one or two cells per line ("a |" then "b | c |"): collect cells until three make a row.
 */
function seedSymptoms(heading: string): string[][] {
  const start = SEED.indexOf('|---|---|---|\n', SEED.indexOf(heading)) + '|---|---|---|\n'.length;
  const rows: string[][] = [];
  let cells: string[] = [];
  for (const line of SEED.slice(start).split('\n')) {
    if (!line.includes('|')) break;
    cells.push(
      ...line
        .split('|')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    );
    if (cells.length >= 3) {
      rows.push(cells.slice(0, 3));
      cells = [];
    }
  }
  return rows;
}

describe('SYMPTOMS', () => {
  it.each(TABLES)('has every %s row of the seed table, in order, verbatim', (topic, heading) => {
    const seed = seedSymptoms(heading);
    expect(seed.length).toBeGreaterThanOrEqual(3);
    const ours = SYMPTOMS.filter((r) => r.topic === topic).map((r) => [r.symptom, r.likelyCause, r.guidance]);
    expect(ours).toEqual(seed);
  });

  it('links every guidance to an https page', () => {
    for (const row of SYMPTOMS) {
      expect(row.guidanceUrls.length).toBeGreaterThan(0);
      for (const url of row.guidanceUrls) expect(url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
  });
});

describe('SCENARIOS', () => {
  it('has the four combined-failure and four real-world scenarios of the seed', () => {
    expect(SCENARIOS.filter((s) => s.kind === 'combined-failure').map((s) => s.name)).toEqual([
      'SPF and DKIM both fail',
      'SPF passes but DMARC fails due to alignment',
      'Gateway or relay modifying messages',
      'Forwarding breaks authentication',
    ]);
    expect(SCENARIOS.filter((s) => s.kind === 'real-world').map((s) => s.name)).toEqual([
      'Send on behalf of in Outlook',
      'Marketing automation fails DMARC',
      'Cloud email security gateway breaks authentication',
      'Partner domain emails quarantined despite valid authentication',
    ]);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  it.each(SCENARIOS)('$name: header, analysis, commands and steps come from the seed', (scenario) => {
    expect(SEED).toContain(scenario.name);
    expect(SEED).toContain(scenario.exampleHeader);
    expect(SEED).toContain(scenario.analysis);
    if (scenario.commonCause !== undefined) expect(SEED).toContain(scenario.commonCause);
    for (const step of scenario.diagnosticSteps ?? []) expect(FLAT_SEED).toContain(step);
    for (const command of scenario.commands) expect(SEED).toContain(command);
    expect(scenario.fixSteps.length).toBeGreaterThan(0);
    // Steps are the seed's sentences; some are joined from its nested bullets, so compare their opening.
    for (const step of scenario.fixSteps) expect(FLAT_SEED).toContain(step.slice(0, 40));
    expect(FINDING_IDS).toContain(scenario.finding);
  });

  it('keeps the fix priority of the first combined scenario', () => {
    const steps = SCENARIOS.find((s) => s.id === 'spf-and-dkim-fail')?.fixSteps ?? [];
    expect(steps.map((s) => s.split(' ')[1])).toEqual(['SPF', 'DKIM', 'DMARC', 'a']);
  });

  it('maps the scenarios to the catalogue findings DESIGN.md names', () => {
    const byId = Object.fromEntries(SCENARIOS.map((s) => [s.id, s.finding]));
    expect(byId).toMatchObject({
      'spf-and-dkim-fail': 'spf-and-dkim-fail',
      'spf-pass-dmarc-alignment': 'dmarc-alignment',
      'gateway-modifying': 'gateway-modified',
      forwarding: 'forwarding',
      'send-on-behalf': 'send-on-behalf',
      'marketing-automation': 'third-party-sender',
      'cloud-gateway': 'gateway-modified',
      'partner-quarantined': 'spoof-intelligence',
    });
  });
});

describe('asHeaderBlock', () => {
  it('indents continuation lines so the example is a folded header field', () => {
    const example = SCENARIOS[0].exampleHeader;
    const block = asHeaderBlock(example);
    const lines = block.split('\n');
    expect(lines[0]).toBe('Authentication-Results: spf=fail smtp.mailfrom=contoso.com;');
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(block.replace(/\n /g, '\n')).toBe(example);
  });

  it('leaves already-indented lines and one-line examples alone', () => {
    expect(asHeaderBlock('A: b\n  c')).toBe('A: b\n  c');
    expect(asHeaderBlock('From: x')).toBe('From: x');
  });
});
