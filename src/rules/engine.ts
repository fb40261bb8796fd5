import type { ParsedMessage } from '../parser/types';
import { valueIncludes } from '../parser/fields';
import {
  DIAGNOSIS_SCHEMA,
  type Diagnosis,
  type DiagnosisWarning,
  type Finding,
  type Severity,
} from './diagnosis';
import { buildFacts, type RuleFacts } from './facts';
import { FINDINGS, type FindingModule } from './findings';
import { computeVerdict, summarize } from './verdict';
import { summarizeAntispam } from './antispam-summary';
import { MAX_DKIM_RESULTS } from './primary-results';
import { arcVerdictSentence } from './verdict-headers';
import { assessTrust, type TrustOptions } from './trust';
import { collectFixRejections, type FixRejection } from './fixes';
import { dedupeFixSteps } from './fix-dedupe';
import { messageParties } from './message-parties';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Keeps the first finding of each id and orders them error → warning → info (stable). */
export function rankFindings(findings: Finding[][]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const list of findings) {
    for (const f of list) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      unique.push(f);
    }
  }
  // Array.prototype.sort is stable (ES2019): findings of one severity keep their order.
  return unique.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/**
 * Every module's finding, in registry order, less those another detected finding supersedes. Precedence
 * is taken among all detected findings, superseded or not, so a chain drops every link it names.
 */
export function detectFindings(
  facts: RuleFacts,
  problems: DiagnosisWarning[],
  modules: readonly FindingModule[] = FINDINGS,
): Finding[] {
  // A plain loop: most modules find nothing, and a message runs every one of them.
  const detected: Finding[] = [];
  const superseded = new Set<string>();
  for (const module of modules) {
    const finding = guardedDetect(module, facts, problems);
    if (!finding) continue;
    detected.push(finding);
    for (const id of module.meta.supersedes ?? []) superseded.add(id);
  }
  return superseded.size === 0 ? detected : detected.filter((f) => !superseded.has(f.id));
}

/**
 * Runs one module; a module that throws on an input nobody foresaw costs its own finding only, reported
 * as a warning, never the whole diagnosis (headers are attacker-controlled).
 */
function guardedDetect(
  module: FindingModule,
  facts: RuleFacts,
  problems: DiagnosisWarning[],
): Finding | null {
  try {
    return module.detect(facts);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    problems.push({ header: '(engine)', line: 0, message: `A diagnosis rule could not run: ${why}` });
    return null;
  }
}

/**
 * Each value a fix builder refused, once, as a warning on the header field it came from: the first
 * field whose value holds it (a refused value is header text by construction; an empty one has no home).
 */
function rejectionWarnings(parsed: ParsedMessage, rejections: FixRejection[]): DiagnosisWarning[] {
  const reasons = new Map<string, FixRejection>();
  for (const rejection of rejections)
    if (!reasons.has(rejection.reason)) reasons.set(rejection.reason, rejection);
  return [...reasons.values()].map(({ raw, reason }) => {
    const field = raw.trim() === '' ? undefined : parsed.fields.find((f) => valueIncludes(f, raw));
    return { header: field?.name ?? '(fix)', line: field?.line ?? 0, message: reason };
  });
}

/** What the caller knows beyond the headers: the reader's own address (for look-alikes of it). */
export type DiagnoseOptions = TrustOptions;

/** The Diagnosis of one parsed message. Never throws. */
export function diagnoseParsed(parsed: ParsedMessage, options: DiagnoseOptions = {}): Diagnosis {
  const facts = buildFacts(parsed, options.recipient ?? null);
  const problems: DiagnosisWarning[] = [...facts.verdictNotes];
  if (facts.droppedDkimResults > 0 && facts.evidence.dkim.length > 0) {
    const last = facts.evidence.dkim[facts.evidence.dkim.length - 1][0];
    problems.push({
      header: last?.header ?? 'Authentication-Results',
      line: last?.line ?? 0,
      message: `${facts.droppedDkimResults} more DKIM results ignored: only the first ${MAX_DKIM_RESULTS} are judged`,
    });
  }
  const { result: detected, rejections } = collectFixRejections(() => detectFindings(facts, problems));
  const findings = dedupeFixSteps(rankFindings([detected]));
  problems.push(...rejectionWarnings(parsed, rejections));
  const verdict = computeVerdict(findings, facts.hasVerdict || facts.authRejections.length > 0);
  return {
    schema: DIAGNOSIS_SCHEMA,
    verdict,
    summary:
      summarize(verdict, findings, facts.subjectDomain) +
      (facts.arcInstance === null ? '' : arcVerdictSentence(facts.arcInstance, facts.auth.authservId)),
    message: {
      from: parsed.from?.address || null,
      fromDomain: facts.fromDomain,
      mailFromDomain: facts.auth.spf?.domain ?? (parsed.returnPath?.domain || null),
      subject: parsed.subject,
      messageId: parsed.messageId,
      date: parsed.date,
      ...messageParties(parsed),
    },
    auth: facts.auth,
    antispam: summarizeAntispam(parsed),
    hops: parsed.hops.map((h) => ({
      from: h.from,
      by: h.by,
      with: h.with,
      at: h.date,
      delaySeconds: h.delaySeconds,
    })),
    findings,
    warnings: [
      ...parsed.warnings.map((w) => ({ header: w.header, line: w.line, message: w.message })),
      ...problems,
    ],
    trust: assessTrust(facts),
  };
}
