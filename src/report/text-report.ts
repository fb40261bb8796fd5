/**
 * Diagnosis → plain text for a terminal. Every string from the Diagnosis is treated as hostile: control
 * characters are neutralised before layout, so a header cannot move the cursor, recolour or retitle the
 * terminal. Prose wraps at `width` columns; DNS records and PowerShell lines stay whole on their own line
 * so they can be copied as they are.
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
import { dnsStateLine } from './dns-state';
import { OWNER_LABELS } from './owner-labels';
import { layoutTable, wrapWords } from './text-layout';

export interface TextOptions {
  /** Columns to wrap prose at (default 100, at least 40). */
  width?: number;
}

export const DEFAULT_TEXT_WIDTH = 100;
const MIN_WIDTH = 40;
const MAX_ANTISPAM_VALUE_WIDTH = 24;

export function renderText(diagnosis: Diagnosis, options: TextOptions = {}): string {
  const requested =
    options.width !== undefined && Number.isFinite(options.width) ? options.width : DEFAULT_TEXT_WIDTH;
  const width = Math.max(MIN_WIDTH, Math.floor(requested));
  const d = mapStrings(diagnosis, neutralizeControls);
  const sections = [
    headline(d, width),
    messageSection(d, width),
    protocolSection(d, width),
    findingsSection(bySeverity(d.findings), width),
    antispamSection(d, width),
    hopsSection(d, width),
    warningsSection(d, width),
  ].filter((lines) => lines.length > 0);
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

/**
 * The title line, then the reader's answer before any protocol, as in the pane (can I trust this message,
 * and what do I do now), then the admins' verdict summary.
 */
function headline(d: Diagnosis, width: number): string[] {
  return [
    `Auth Doctor: ${VERDICT_LABELS[d.verdict]}`,
    ...wrapWords(d.trust.headline, width),
    ...wrapWords(d.trust.advice, width),
    '',
    ...wrapWords(d.summary, width),
  ];
}

function messageSection(d: Diagnosis, width: number): string[] {
  const present = messageRows(d.message);
  if (present.length === 0) return [];
  return ['Message', ...present.flatMap(([label, value]) => labelled(label, value, width, 14))];
}

function protocolSection(d: Diagnosis, width: number): string[] {
  const reporter = d.auth.authservId
    ? `as reported by ${d.auth.authservId}`
    : 'as reported by the receiving server (no authserv-id: typical of Exchange Online)';
  const widths = [10, 14, 12];
  const indent = '  ';
  const detailWidth = width - indent.length - widths.reduce((sum, w) => sum + w + 2, 0);
  const rows = protocolRows(d.auth).map((row) => [row.protocol, row.result, row.alignment, row.detail]);
  return [
    ...wrapWords(`Authentication, ${reporter}`, width),
    ...layoutTable(
      [['Protocol', 'Result', 'Alignment', 'Details'], ...rows],
      [...widths, detailWidth],
      indent,
    ),
  ];
}

function findingsSection(findings: Finding[], width: number): string[] {
  if (findings.length === 0) return ['Findings: none'];
  const count = findings.length === 1 ? '1 finding' : `${findings.length} findings`;
  return [
    `Findings (${count}, most severe first)`,
    ...findings.flatMap((finding, index) => [
      ...(index > 0 ? [''] : []),
      ...findingLines(finding, index + 1, width),
    ]),
  ];
}

function findingLines(finding: Finding, number: number, width: number): string[] {
  const head = `  ${number}. `;
  const body = ' '.repeat(head.length);
  const lines = [
    ...wrapWords(`[${SEVERITY_LABELS[finding.severity]}] ${finding.title}`, width, head, body),
    ...wrapWords(`Who fixes it: ${OWNER_LABELS[finding.owner]}`, width, body),
    ...wrapWords(finding.explanation, width, body),
    ...(finding.dns ? wrapWords(dnsStateLine(finding.dns), width, body) : []),
  ];
  if (finding.fixSteps.length > 0) {
    lines.push(`${body}Fix:`);
    finding.fixSteps.forEach((step, index) =>
      lines.push(...fixStepLines(step, index + 1, body + '  ', width)),
    );
  }
  if (finding.evidence.length > 0) {
    lines.push(`${body}Evidence:`);
    for (const evidence of finding.evidence) {
      const label = `line ${evidence.line}  `;
      lines.push(
        ...wrapWords(
          `${evidence.header}: ${evidence.text}`,
          width,
          `${body}  ${label}`,
          `${body}  ${' '.repeat(label.length)}`,
        ),
      );
    }
  }
  if (finding.references.length > 0) {
    lines.push(`${body}References:`);
    // A URL is never cut: a broken link is worse than a long line.
    for (const reference of finding.references) lines.push(`${body}  ${reference}`);
  }
  return lines;
}

/** "1. prose…" wrapped, then its DNS record / PowerShell line whole on its own indented line. */
function fixStepLines(step: FixStep, number: number, indent: string, width: number): string[] {
  const head = `${indent}${number}. `;
  const body = ' '.repeat(head.length);
  const text = step.text.trim();
  const lines = text ? wrapWords(text, width, head, body) : [];
  if (step.code) lines.push(`${lines.length === 0 ? head : body + '  '}${fixCodeLine(step.code)}`);
  return lines.length > 0 ? lines : [head.trimEnd()];
}

function antispamSection(d: Diagnosis, width: number): string[] {
  if (!d.antispam) return [];
  const rows = antispamRows(d.antispam).map((row) => [row.field, row.value, row.meaning]);
  if (rows.length === 0) return [];
  const indent = '  ';
  // Columns as wide as their longest entry, the value column capped so the meaning keeps room.
  const widths = [
    Math.max(...rows.map((row) => row[0].length)),
    Math.min(MAX_ANTISPAM_VALUE_WIDTH, Math.max(...rows.map((row) => row[1].length))),
  ];
  const meaningWidth = width - indent.length - widths.reduce((sum, w) => sum + w + 2, 0);
  return [
    'Anti-spam verdict (Exchange Online Protection)',
    ...layoutTable(rows, [...widths, meaningWidth], indent),
  ];
}

function hopsSection(d: Diagnosis, width: number): string[] {
  if (d.hops.length === 0) return [];
  return [
    'Route (oldest hop first)',
    ...d.hops.flatMap((hop, index) => {
      const head = `  ${index + 1}. `;
      const when = hopTiming(hop);
      const text = when ? `${describeHop(hop)} (${when})` : describeHop(hop);
      return wrapWords(text, width, head, ' '.repeat(head.length));
    }),
  ];
}

function warningsSection(d: Diagnosis, width: number): string[] {
  if (d.warnings.length === 0) return [];
  return [
    'Parse warnings (parts of the headers that could not be read)',
    ...d.warnings.flatMap((warning) => {
      const label = `  line ${warning.line}  `;
      return wrapWords(`${warning.header}: ${warning.message}`, width, label, ' '.repeat(label.length));
    }),
  ];
}

function labelled(label: string, value: string, width: number, column: number): string[] {
  const head = `  ${`${label}:`.padEnd(column - 2)}`;
  return wrapWords(value, width, head, ' '.repeat(head.length));
}
