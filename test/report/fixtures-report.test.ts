/**
 * Every fixture block through the real engine and the text and Markdown reports: whatever the engine
 * finds, the reports show all of it, wrapped, with the fix lines whole.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderMarkdown, renderText } from '../../src/report';
import { fixCodeLine } from '../../src/rules/fix-step-text';
import { OWNER_LABELS } from '../../src/report/owner-labels';
import { diagnoseHeaders } from '../../src/rules';
import { emlFiles } from '../cli/eml-files';

const FIXTURES = join(__dirname, '../fixtures');
const SAMPLES = join(__dirname, '../cli/samples');

const files = [...emlFiles(SAMPLES), ...emlFiles(FIXTURES)].map((file) => [
  relative(join(__dirname, '..'), file),
  file,
]);
const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe.each(files)('reports of %s', (_name, file) => {
  const d = diagnoseHeaders(readFileSync(file, 'utf8'));
  const code = d.findings.flatMap((f) =>
    f.fixSteps.flatMap((step) => (step.code ? [fixCodeLine(step.code)] : [])),
  );

  it('text: every line within 100 columns except whole fix lines and URLs, and every finding shown', () => {
    const text = renderText(d);
    const allowed = new Set([...code, ...d.findings.flatMap((f) => f.references)]);
    for (const line of text.split('\n').filter((l) => l.length > 100))
      expect(allowed).toContain(line.trim().replace(/^\d+\. /, ''));
    for (const finding of d.findings) {
      expect(squash(text)).toContain(squash(finding.title));
      expect(text).toContain(`Who fixes it: ${OWNER_LABELS[finding.owner]}`);
      for (const evidence of finding.evidence)
        expect(text).toContain(`line ${evidence.line}  ${evidence.header}:`);
    }
    for (const line of code) expect(text).toContain(line);
  });

  it('markdown: every finding and every fix line in a fenced block', () => {
    const markdown = renderMarkdown(d);
    expect(markdown).toMatch(/^# Auth Doctor: (PASS|ATTENTION|FAIL|UNKNOWN)\n/);
    expect(markdown.match(/^### \d+\. /gm)?.length ?? 0).toBe(d.findings.length);
    for (const line of code)
      expect(markdown).toMatch(new RegExp(`\\n {3,}${escapeRegExp(line)}\\n {3,}\`{3,}\\n`));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
