/**
 * The "DNS now" part of a report: what a live lookup the user asked for found. Records come from DNS,
 * which anyone can publish, so they are neutralised like header text.
 */
import type { DnsFacts } from '../dns/check-dns';
import { summarizeDnsFacts } from '../dns/summary';
import { neutralizeControls } from './format-helpers';
import { escapeInline } from './markdown-escape';
import { wrapWords } from './text-layout';

const LABEL_WIDTH = 8;

export function dnsSectionText(facts: DnsFacts, width: number): string {
  const lines = [`DNS now (${neutralizeControls(facts.resolver)}, ${facts.checkedAt})`];
  for (const line of summarizeDnsFacts(facts)) {
    const prefix = `  ${line.check.padEnd(LABEL_WIDTH - 2)}`;
    lines.push(...wrapWords(neutralizeControls(line.text), width, prefix, ' '.repeat(LABEL_WIDTH)));
  }
  return `${lines.join('\n')}\n`;
}

export function dnsSectionMarkdown(facts: DnsFacts, headingLevel = 2): string {
  const heading = `${'#'.repeat(headingLevel)} DNS now (${escapeInline(neutralizeControls(facts.resolver))}, ${facts.checkedAt})`;
  const items = summarizeDnsFacts(facts).map(
    (line) => `- **${line.check}**: ${escapeInline(neutralizeControls(line.text))}`,
  );
  return `${heading}\n\n${items.join('\n')}\n`;
}
