/**
 * Diagnosis → Markdown to paste in a ticket. Header-derived text is escaped (or put in code spans) so a
 * hostile header can neither inject a link, an image or HTML nor break the tables; DNS records and
 * PowerShell lines sit in fenced blocks, ready to copy.
 */
import type { Diagnosis, Finding, FixStep } from '../rules/diagnosis';
import { fixCodeLine } from '../rules/fix-step-text';
import {
  SEVERITY_LABELS,
  VERDICT_LABELS,
  antispamRows,
  bySeverity,
  describeHop,
  hopTiming,
  mapStrings,
  messageRows,
  neutralizeControls,
  protocolRows,
} from './format-helpers';
import { codeSpan, escapeBlock, escapeInline, fencedBlock, safeLink } from './markdown-escape';
import { dnsStateLine } from './dns-state';
import { OWNER_LABELS } from './owner-labels';

export interface MarkdownOptions {
  /** Level of the report's top heading (1–4, default 1): 2 when several reports share one document. */
  headingLevel?: number;
}

export function renderMarkdown(diagnosis: Diagnosis, options: MarkdownOptions = {}): string {
  const base = Math.min(4, Math.max(1, Math.floor(options.headingLevel ?? 1)));
  const heading = (depth: number, text: string): string => `${'#'.repeat(base + depth)} ${text}`;
  const d = mapStrings(diagnosis, neutralizeControls);
  const blocks: string[][] = [
    // Under the title, the reader's answer first, as in the pane; the admins' summary and findings follow.
    [
      heading(0, `Auth Doctor: ${VERDICT_LABELS[d.verdict]}`),
      '',
      escapeBlock(`${d.trust.headline} ${d.trust.advice}`),
      '',
      escapeBlock(d.summary),
    ],
    messageBlock(d),
    [heading(1, 'Authentication'), '', ...protocolTable(d)],
    [heading(1, 'Findings'), '', ...findingsBlock(bySeverity(d.findings), (text) => heading(2, text))],
    antispamBlock(d, heading(1, 'Anti-spam verdict')),
    hopsBlock(d, heading(1, 'Route (oldest hop first)')),
    warningsBlock(d, heading(1, 'Parse warnings')),
  ];
  return (
    blocks
      .filter((block) => block.length > 0)
      .map((block) => block.join('\n'))
      .join('\n\n') + '\n'
  );
}

function messageBlock(d: Diagnosis): string[] {
  return messageRows(d.message).map(([label, value]) => `- **${label}:** ${escapeInline(value)}`);
}

function protocolTable(d: Diagnosis): string[] {
  const reporter = d.auth.authservId
    ? `Reported by ${codeSpan(d.auth.authservId)}.`
    : 'Reported by the receiving server (no authserv-id: typical of Exchange Online).';
  return [
    reporter,
    '',
    '| Protocol | Result | Alignment | Details |',
    '|---|---|---|---|',
    ...protocolRows(d.auth).map(
      (row) =>
        `| ${row.protocol} | ${escapeInline(row.result)} | ${row.alignment} | ${escapeInline(row.detail)} |`,
    ),
  ];
}

function findingsBlock(findings: Finding[], heading: (text: string) => string): string[] {
  if (findings.length === 0) return ['No findings.'];
  return findings.flatMap((finding, index) => [
    ...(index > 0 ? [''] : []),
    ...findingLines(finding, index + 1, heading),
  ]);
}

function findingLines(finding: Finding, number: number, heading: (text: string) => string): string[] {
  const lines = [
    heading(`${number}. ${SEVERITY_LABELS[finding.severity]}: ${escapeInline(finding.title)}`),
    '',
    `**Who fixes it:** ${OWNER_LABELS[finding.owner]}`,
    '',
    escapeBlock(finding.explanation),
    ...(finding.dns ? ['', `**${escapeInline(dnsStateLine(finding.dns))}**`] : []),
  ];
  if (finding.fixSteps.length > 0) {
    lines.push('', '**Fix**', '');
    finding.fixSteps.forEach((step, index) => lines.push(...fixStepLines(step, index + 1)));
  }
  if (finding.evidence.length > 0) {
    lines.push('', '**Evidence**', '');
    for (const evidence of finding.evidence)
      lines.push(`- line ${evidence.line}: ${escapeInline(evidence.header)}: ${codeSpan(evidence.text)}`);
  }
  if (finding.references.length > 0) {
    lines.push('', '**References**', '');
    for (const reference of finding.references) lines.push(`- ${safeLink(reference)}`);
  }
  return lines;
}

/** A numbered step: its prose as the item text, its command in a fenced block inside the item. */
function fixStepLines(step: FixStep, number: number): string[] {
  const marker = `${number}. `;
  const indent = ' '.repeat(marker.length);
  const text = step.text.trim();
  const lines = [text ? `${marker}${escapeInline(text)}` : marker.trimEnd()];
  if (step.code) lines.push('', ...fencedBlock(fixCodeLine(step.code), indent));
  return lines;
}

function antispamBlock(d: Diagnosis, title: string): string[] {
  if (!d.antispam) return [];
  const rows = antispamRows(d.antispam);
  if (rows.length === 0) return [];
  return [
    title,
    '',
    '| Field | Value | Meaning |',
    '|---|---|---|',
    ...rows.map(
      (row) => `| ${escapeInline(row.field)} | ${escapeInline(row.value)} | ${escapeInline(row.meaning)} |`,
    ),
  ];
}

function hopsBlock(d: Diagnosis, title: string): string[] {
  if (d.hops.length === 0) return [];
  return [
    title,
    '',
    ...d.hops.map((hop, index) => {
      const when = hopTiming(hop);
      return `${index + 1}. ${escapeInline(describeHop(hop))}${when ? ` (${escapeInline(when)})` : ''}`;
    }),
  ];
}

function warningsBlock(d: Diagnosis, title: string): string[] {
  if (d.warnings.length === 0) return [];
  return [
    title,
    '',
    ...d.warnings.map(
      (warning) =>
        `- line ${warning.line}: ${escapeInline(warning.header)}: ${escapeInline(warning.message)}`,
    ),
  ];
}
