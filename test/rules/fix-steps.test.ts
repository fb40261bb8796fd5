/**
 * Fix-step convention shared with the report and the task pane: every DNS record and PowerShell line sits
 * inside backticks (they print it whole, on its own line, with a copy button) and no step numbers itself
 * (fix[] is already the ordered list). Checked on every fixture of the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseHeaders } from '../../src/rules';

const FIXTURES = join(__dirname, '..', 'fixtures');
const CMDLET = /\b(?:Set|New|Get|Remove|Rotate)-[A-Z][A-Za-z]+/;
const RECORD = /\b(?:TXT|CNAME)\s+"|v=(?:spf1|DMARC1)\b/;

function emlFiles(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(FIXTURES, d.name))
        .filter((f) => f.endsWith('.eml'))
        .map((f) => join(FIXTURES, d.name, f)),
    );
}

describe('fix steps', () => {
  const files = emlFiles();

  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('keep records and commands of the rules inside backticks and never number themselves', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const f of diagnoseHeaders(readFileSync(file, 'utf8')).findings) {
        // ndr-auth-rejection steps come verbatim from the knowledge table's NDR rows.
        if (f.id === 'ndr-auth-rejection') continue;
        for (const step of f.fix) {
          const prose = step.replace(/`[^`]*`/g, '');
          if (CMDLET.test(prose) || RECORD.test(prose) || /^\d+\.\s/.test(step)) {
            problems.push(`${f.id}: ${step}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
