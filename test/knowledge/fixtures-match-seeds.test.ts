/**
 * The knowledge test data (test/fixtures/knowledge/*.json) is a faithful transcription of the seed and
 * reference documents: each check here parses the document itself. Runs only where the documents are
 * (test/support/seed-documents.ts); the other knowledge tests need only the JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import antispam from '../fixtures/knowledge/antispam.json';
import authResults from '../fixtures/knowledge/auth-results.json';
import compauthReasons from '../fixtures/knowledge/compauth-reasons.json';
import decisionMatrix from '../fixtures/knowledge/decision-matrix.json';
import ndrCodes from '../fixtures/knowledge/ndr-codes.json';
import references from '../fixtures/knowledge/references.json';
import scenarios from '../fixtures/knowledge/scenarios.json';
import symptoms from '../fixtures/knowledge/symptoms.json';
import { describeWithSeeds, readSeedDocument } from '../support/seed-documents';
import { FIXTURES } from './engine-on-fixtures';

/** The cells of a Markdown table row "| a | b |" (outer pipes dropped, cells trimmed). */
function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The text between two markers. */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`marker not found: ${start}`);
  const to = text.indexOf(end, from + start.length);
  if (to < 0) throw new Error(`marker not found: ${end}`);
  return text.slice(from + start.length, to);
}

const sorted = (values: readonly string[]): string[] => [...values].sort();

describeWithSeeds('antispam.json against reference/header-facts.md', () => {
  const facts = readSeedDocument('reference/header-facts.md');
  const fieldTable = between(facts, '| field | meaning |', '\n\n');
  const cell = (field: string): string => {
    const line = fieldTable.split('\n').find((l) => tableCells(l)[0] === field);
    if (line === undefined) throw new Error(`no ${field} row in header-facts`);
    return tableCells(line)[1];
  };
  /** The upper-case codes that open each "; "- or ". "-separated item of a cell (HPHSH / HPHISH gives both). */
  const leadingCodes = (text: string): string[] =>
    text
      .split(/; |\. /)
      .flatMap((item) => {
        const lead = /^((?:[A-Z]{2,6}(?: \/ |\b))+)/.exec(item.replace(/`/g, '').trim());
        return lead ? lead[1].split(' / ').map((c) => c.trim()) : [];
      })
      .filter((c) => /^[A-Z]{2,6}$/.test(c));

  it('SFV and CAT values, and the starred (Defender for Office 365) CAT values', () => {
    expect(sorted(antispam.values.SFV)).toEqual(sorted(leadingCodes(cell('SFV'))));
    expect(sorted(antispam.values.CAT)).toEqual(sorted(leadingCodes(cell('CAT'))));
    const starred = cell('CAT')
      .split('; ')
      .filter((item) => item.includes('*'))
      .map((item) => item.split(' ')[0]);
    expect(antispam.defenderForOffice365.CAT).toEqual(sorted(starred));
    expect(cell('SFV')).toMatch(/SKI \(older docs\)/);
    expect(cell('SFV')).toMatch(/DMS .*undocumented/);
    expect(cell('CAT')).toMatch(/`NONE` appears in older samples/);
  });

  it('SFTY values, the 2018 ones older', () => {
    expect(sorted(antispam.values.SFTY)).toEqual(sorted([...new Set(cell('SFTY').match(/\b9\.\d+\b/g))]));
    const older = cell('SFTY').slice(cell('SFTY').indexOf('Older docs'));
    expect(sorted(antispam.older.SFTY)).toEqual(sorted([...new Set(older.match(/\b9\.\d+\b/g))]));
  });

  it('DIR, IPV and SRV values, the field list and the BCL thresholds', () => {
    for (const field of ['DIR', 'IPV', 'SRV'] as const) {
      for (const code of antispam.values[field]) expect(cell(field)).toContain(code);
    }
    const fields = fieldTable
      .split('\n')
      .map((l) => tableCells(l)[0])
      .filter((f) => f !== undefined && f !== '' && !f.startsWith('-') && f !== 'field')
      .flatMap((f) => f.split(', '));
    expect(antispam.fields).toEqual(fields);
    const undocumented = fieldTable
      .split('\n')
      .map(tableCells)
      .filter((cells) => cells[1]?.startsWith('*undocumented*'))
      .flatMap((cells) => cells[0].split(', '));
    expect(sorted(antispam.undocumentedFields)).toEqual(sorted(undocumented));
    const { default: byDefault, standard, strict } = antispam.bclThresholds;
    expect(facts).toContain(`default ${byDefault}, standard ${standard}, strict ${strict}`);
  });

  it('the compauth guide\'s "Field | Role" table and its examples', () => {
    const guide = readSeedDocument('seeds/compauth-reason-codes-guide.txt');
    const table = between(guide, '| Field | Role |\n|---|---|\n', 'Here is an example');
    const rows = table.split('\n').filter((line) => line.includes('|'));
    expect(rows.map((line) => line.split('|')[0].trim())).toEqual(antispam.compauthGuideFieldRoles.fields);
    for (const [field, value] of antispam.compauthGuideFieldRoles.examples) {
      expect(rows.find((line) => line.startsWith(`${field} |`))).toContain(value);
    }
  });
});

describeWithSeeds('compauth-reasons.json against the compauth guide', () => {
  const guide = readSeedDocument('seeds/compauth-reason-codes-guide.txt');

  it('lists every row of the complete reason-code table with its result', () => {
    const seedRows = between(guide, 'The complete compauth reason codes table', 'Accuracy box')
      .split('\n')
      .filter((line) => /^\| [0-9][0-9x]{2}/.test(line))
      .map((line) => tableCells(line).slice(0, 2));
    const documented = compauthReasons.codes.filter((c) => c.documented);
    expect(documented.map((c) => [c.code, c.compauth])).toEqual(
      seedRows.map(([code, result]) => [code, result.replace(/[()]/g, '')]),
    );
  });

  it('marks exactly the accuracy box codes undocumented', () => {
    expect(guide).toContain('604,605and703');
    expect(compauthReasons.codes.filter((c) => !c.documented).map((c) => c.code)).toEqual([
      '604',
      '605',
      '703',
    ]);
  });
});

describeWithSeeds('ndr-codes.json against reference/header-facts.md', () => {
  it('has every status code of the NDR table, with the system its row names', () => {
    const table = between(
      readSeedDocument('reference/header-facts.md'),
      '## NDR / enhanced status codes',
      '\n## ',
    );
    const seedCodes = table
      .split('\n')
      .filter((line) => /^\| .*\d\.\d\.\d/.test(line))
      .flatMap((line) => {
        const gmail = tableCells(line)[0].startsWith('Gmail');
        return (line.match(/\d\.\d\.\d+/g) ?? []).map((code) => `${code} ${gmail ? 'Gmail' : 'Microsoft'}`);
      });
    const ours = ndrCodes.codes.map((c) => `${c.code} ${c.system === 'Gmail' ? 'Gmail' : 'Microsoft'}`);
    expect(sorted(ours)).toEqual(sorted(seedCodes));
  });
});

describeWithSeeds('auth-results.json against the seeds', () => {
  const troubleshooting = readSeedDocument('seeds/troubleshooting-email-authentication.txt');

  it('has the values of the troubleshooting key-fields table (rows spread over three lines)', () => {
    const cells = between(
      troubleshooting,
      '| Field | Possible values | Meaning |\n|---|---|---|\n',
      '\nReason code',
    )
      .split('\n')
      .map((line) => line.replace(/\|\s*$/, '').trim());
    const values: Record<string, string[]> = {};
    for (let i = 0; i + 1 < cells.length; i += 3) values[cells[i]] = cells[i + 1].split(', ');
    expect(values).toMatchObject(authResults.keyFieldValues);
  });

  it("has the compauth guide's four values", () => {
    const guide = readSeedDocument('seeds/compauth-reason-codes-guide.txt');
    const table = between(guide, '| Value | Meaning |\n|---|---|\n', 'The nuance between');
    const values = table
      .split('\n')
      .filter((line) => line.includes('|'))
      .map((line) => line.split('|')[0].trim());
    expect(authResults.compauthValues.map((v) => v.value)).toEqual(values);
  });

  it('has the DMARC actions and AuthAs values header-facts lists', () => {
    const facts = readSeedDocument('reference/header-facts.md');
    expect(/action=([a-z.|]+)/.exec(facts)?.[1].split('|')).toEqual(authResults.dmarcActions.listed);
    expect(facts).toContain('o.reject');
    expect(troubleshooting).toContain('dmarc=fail action=quarantine');
    expect(facts).toContain(authResults.authAs.map((v) => `\`${v}\``).join(' or '));
  });
});

describeWithSeeds('the troubleshooting guide data against the guide', () => {
  const guide = readSeedDocument('seeds/troubleshooting-email-authentication.txt');

  it('decision-matrix.json has exactly the rows of the decision matrix', () => {
    const rows = between(guide, 'Decision matrix', 'Diagnostic tools')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Authentication state'))
      .map((line) => tableCells(line).slice(0, 4));
    expect(decisionMatrix.rows.map((r) => [r.state, r.spf, r.dkim, r.dmarc])).toEqual(rows);
  });

  it('symptoms.json has every symptom of the quick-reference tables, in order', () => {
    const headings: Record<string, string> = {
      spf: 'SPF failures\n',
      dkim: 'DKIM failures\n',
      dmarc: 'DMARC failures\n',
      compauth: 'Composite authentication failures\n',
      ndr: 'NDRs for email authentication failures\n',
    };
    for (const [topic, heading] of Object.entries(headings)) {
      // Some rows sit on one line, others spread one or two cells per line: collect cells three at a time.
      const start = guide.indexOf('|---|---|---|\n', guide.indexOf(heading)) + '|---|---|---|\n'.length;
      const seedSymptoms: string[] = [];
      let cells: string[] = [];
      for (const line of guide.slice(start).split('\n')) {
        if (!line.includes('|')) break;
        cells.push(
          ...line
            .split('|')
            .map((c) => c.trim())
            .filter((c) => c !== ''),
        );
        if (cells.length >= 3) {
          seedSymptoms.push(cells[0]);
          cells = [];
        }
      }
      expect(symptoms.rows.filter((r) => r.topic === topic).map((r) => r.symptom)).toEqual(seedSymptoms);
    }
  });

  it("scenarios.json names the guide's scenarios, and their fixtures carry the guide's example headers", () => {
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    for (const scenario of scenarios.scenarios) {
      expect(guide).toContain(scenario.name);
      if (!scenario.headerFromGuide) continue;
      const eml = readFileSync(join(FIXTURES, scenario.fixture), 'utf8');
      const field = /^Authentication-Results:[^\n]*(?:\n[ \t][^\n]*)*/m.exec(eml)?.[0] ?? '';
      expect(field).not.toBe('');
      expect(flat(guide)).toContain(flat(field));
    }
  });
});

describeWithSeeds('references.json against the Microsoft 365 overview', () => {
  it('names pages the overview links to', () => {
    const overview = readSeedDocument('seeds/email-authentication-in-microsoft-365.md');
    for (const slug of references.learnSlugs) expect(overview).toContain(`${slug}.md`);
  });
});
