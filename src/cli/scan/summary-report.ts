/**
 * The scan's summary as plain text or Markdown: the same tables in both, built once. Domains, file names
 * and error texts come from the files, so they are neutralised (and escaped for Markdown) like any header.
 */
import type { TrustLevel, Verdict } from '../../rules/diagnosis';
import { VERDICT_LABELS, neutralizeControls } from '../../report/format-helpers';
import { escapeInline } from '../../report/markdown-escape';
import { OWNER_LABELS } from '../../report/owner-labels';
import type { ScanTotals } from './summary';

/** Rows of the ranked tables shown; CSV and JSON lines carry every message. */
const TOP_FINDINGS = 10;
const TOP_DOMAIN_ROWS = 30;

const VERDICT_ORDER: readonly Verdict[] = ['fail', 'attention', 'pass', 'unknown'];
const TRUST_ORDER: readonly TrustLevel[] = ['suspicious', 'unverified', 'explained', 'verified'];

interface Table {
  title: string;
  header: string[];
  rows: string[][];
  /** Rows left out, said under the table. */
  more: number;
}

const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function share(n: number, total: number): string {
  return total === 0 ? '' : `${((100 * n) / total).toFixed(1)}%`;
}

function headline(totals: ScanTotals): string {
  const unread = totals.errors === 0 ? '' : `; ${count(totals.errors, 'input', 'inputs')} could not be read`;
  return `Auth Doctor scan: ${count(totals.messages, 'message', 'messages')} diagnosed in ${count(totals.files, 'file', 'files')}${unread}`;
}

function tables(totals: ScanTotals): Table[] {
  const n = totals.messages;
  const result: Table[] = [
    {
      title: 'Verdicts',
      header: ['Verdict', 'Messages', 'Share'],
      rows: VERDICT_ORDER.map((v) => [
        VERDICT_LABELS[v],
        String(totals.verdicts[v]),
        share(totals.verdicts[v], n),
      ]),
      more: 0,
    },
    {
      title: 'Trust',
      header: ['Trust', 'Messages', 'Share'],
      rows: TRUST_ORDER.map((t) => [t, String(totals.trust[t]), share(totals.trust[t], n)]),
      more: 0,
    },
    {
      title: 'Top findings',
      header: ['Finding', 'Messages', 'Share'],
      rows: totals.findings
        .slice(0, TOP_FINDINGS)
        .map((f) => [f.id, String(f.messages), share(f.messages, n)]),
      more: Math.max(0, totals.findings.length - TOP_FINDINGS),
    },
    {
      title: 'By From domain, finding and owner',
      header: ['From domain', 'Finding', 'Owner', 'Messages'],
      rows: totals.byDomain
        .slice(0, TOP_DOMAIN_ROWS)
        .map((row) => [
          row.domain === null ? '(none)' : neutralizeControls(row.domain),
          row.id,
          OWNER_LABELS[row.owner],
          String(row.messages),
        ]),
      more: Math.max(0, totals.byDomain.length - TOP_DOMAIN_ROWS),
    },
  ];
  if (totals.errors > 0)
    result.push({
      title: 'Could not be read',
      header: ['File', 'Message', 'Error'],
      rows: totals.listedErrors.map((e) => [
        neutralizeControls(e.file),
        e.index === undefined ? '' : String(e.index),
        neutralizeControls(e.error),
      ]),
      more: totals.errors - totals.listedErrors.length,
    });
  return result;
}

const moreLine = (more: number): string =>
  `${count(more, 'more row', 'more rows')} (--format csv or jsonl lists every message)`;

/** Numbers are right-aligned, text left-aligned; the last column is not padded. */
function textTable(table: Table): string[] {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const numeric = table.header.map((_, column) => table.rows.every((row) => /^[0-9.%]*$/.test(row[column])));
  const line = (row: string[]): string =>
    `  ${row
      .map((cell, column) =>
        numeric[column]
          ? cell.padStart(widths[column])
          : column === row.length - 1
            ? cell
            : cell.padEnd(widths[column]),
      )
      .join('  ')}`.trimEnd();
  return [
    table.title,
    ...(table.rows.length === 0 ? ['  (none)'] : all.map(line)),
    ...(table.more > 0 ? [`  … ${moreLine(table.more)}`] : []),
  ];
}

export function summaryText(totals: ScanTotals): string {
  return `${[[headline(totals)], ...tables(totals).map(textTable)].map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function markdownTable(table: Table): string[] {
  const row = (cells: string[]): string => `| ${cells.map(escapeInline).join(' | ')} |`;
  return [
    `## ${table.title}`,
    '',
    ...(table.rows.length === 0
      ? ['(none)']
      : [row(table.header), `|${table.header.map(() => ' --- |').join('')}`, ...table.rows.map(row)]),
    ...(table.more > 0 ? ['', `… ${moreLine(table.more)}`] : []),
  ];
}

export function summaryMarkdown(totals: ScanTotals): string {
  return `${[[`# ${headline(totals)}`], ...tables(totals).map(markdownTable)].map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
