/**
 * What every finding module shares: the module shape, the severity policy and the evidence helpers.
 * A module is one finding id: its `meta` documents it (docs/findings.md is generated from it) and its
 * `detect` reports it for one message, or returns null when it does not apply.
 */
import type { DkimSummary, Evidence, Finding, FindingId, FixStep, Owner, Severity } from '../diagnosis';
import type { RuleFacts } from '../facts';
import { fixStepText } from '../fix-step-text';

/**
 * `failure`: an authentication problem that is not itself the receiver's verdict (spf-none, dkim-fail,
 * no-authentication, dmarc-alignment, …) is an error when the message fails for it (junked, quarantined
 * or rejected), and a warning when it was accepted anyway: another aligned method carries DMARC (the
 * decision matrix's "SPF only fails" / "DKIM only fails" rows) or Microsoft's composite authentication
 * passed or soft-passed.
 */
export type SeverityPolicy = Severity | 'failure';

export interface FindingMeta<Id extends string = string> {
  id: Id;
  /** Who acts, unless detect says otherwise for a message (see `why`). */
  owner: Owner;
  severity: SeverityPolicy;
  /** A short generic title; the finding's own title names this message's domains. */
  title: string;
  /** When it fires, in plain words. */
  when: string;
  /** Why it matters, in plain words. */
  why: string;
  references: readonly string[];
  /**
   * Ids this one replaces when both are detected: it names the same problem more precisely (a root
   * cause, or an explanation that makes the other moot). Applied among detected findings, whether or not
   * this one is itself replaced, so a chain (arc-rescued → forwarding → spf-fail) drops every link.
   */
  supersedes?: readonly FindingId[];
}

export interface FindingModule<Id extends string = string> {
  meta: FindingMeta<Id>;
  /** The finding for this message, or null when it does not apply. Never mind precedence: the engine applies it. */
  detect(facts: RuleFacts): Finding | null;
}

/** What a module writes for one message; the rest comes from its meta. */
export interface FindingBody {
  title: string;
  explanation: string;
  steps: FixStep[];
  evidence: Evidence[];
  /** When the message decides otherwise than meta (e.g. a display that costs delivery only with SPF failing). */
  severity?: Severity;
  owner?: Owner;
  references?: readonly string[];
}

/** The finding of a module for one message: id, severity, owner and references from meta unless given. */
export function report(meta: FindingMeta<FindingId>, facts: RuleFacts, body: FindingBody): Finding {
  return {
    id: meta.id,
    severity: body.severity ?? resolveSeverity(meta.severity, facts),
    title: body.title,
    explanation: body.explanation,
    owner: body.owner ?? meta.owner,
    fix: body.steps.map(fixStepText),
    fixSteps: body.steps,
    // Every finding's evidence goes through the same filter: no repeats, no empty lines, a bounded list.
    evidence: uniqueEvidence(body.evidence),
    references: uniqueReferences(body.references ?? meta.references),
  };
}

/**
 * One link per document: references equal once their #fragment is dropped (two names for one page, or a
 * page and a section of it) are one reference, the first given (lists put the most useful link first).
 */
export function uniqueReferences(references: readonly string[]): string[] {
  const documents = new Set<string>();
  return references.filter((url) => {
    const hash = url.indexOf('#');
    const document = hash < 0 ? url : url.slice(0, hash);
    if (documents.has(document)) return false;
    documents.add(document);
    return true;
  });
}

function resolveSeverity(policy: SeverityPolicy, facts: RuleFacts): Severity {
  return policy === 'failure' ? failureSeverity(facts) : policy;
}

/** See SeverityPolicy `failure`. */
function failureSeverity(facts: RuleFacts): Severity {
  return facts.carried || facts.acceptedByReceiver ? 'warning' : 'error';
}

/**
 * A finding points at the first lines that prove it; a hostile block with thousands of results must not
 * make every finding carry thousands of evidence items.
 */
const MAX_EVIDENCE = 12;

/**
 * Evidence lists without repeats (same header, line and text), at most MAX_EVIDENCE long, and without
 * items whose text is empty: an empty field proves nothing.
 */
export function uniqueEvidence(items: Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const e of items) {
    if (kept.length === MAX_EVIDENCE) break;
    if (e.text.trim() === '') continue;
    // At most MAX_EVIDENCE to compare with: cheaper than a set of keys joining the (long) texts.
    if (kept.some((k) => k.line === e.line && k.header === e.header && k.text === e.text)) continue;
    kept.push(e);
  }
  return kept;
}

/** The evidence lines of some of the DKIM results (objects taken from facts.auth.dkim). */
export function dkimEvidence(facts: RuleFacts, wanted: DkimSummary[]): Evidence[] {
  const set = new Set(wanted);
  return uniqueEvidence(
    facts.auth.dkim.flatMap((d, i) => (set.has(d) ? (facts.evidence.dkim[i] ?? []) : [])),
  );
}

/**
 * The evidence, or when no specific line was found (e.g. the verdict has no dkim= result at all), the
 * receiver's Authentication-Results itself: its silence is the proof.
 */
export function evidenceOrVerdict(facts: RuleFacts, evidence: Evidence[]): Evidence[] {
  return evidence.length > 0 ? evidence : uniqueEvidence(facts.verdictEvidence);
}

/** The lines of the methods that passed, and DMARC's: the proof that something passed for another domain. */
export function passEvidence(facts: RuleFacts): Evidence[] {
  const dkim = facts.auth.dkim.flatMap((d, i) => (d.result === 'pass' ? (facts.evidence.dkim[i] ?? []) : []));
  return uniqueEvidence([...(facts.spfPassed ? facts.evidence.spf : []), ...dkim, ...facts.evidence.dmarc]);
}

/** SPF, DKIM and DMARC lines together, or the verdict when it names none of them. */
export function allMethodEvidence(facts: RuleFacts): Evidence[] {
  return evidenceOrVerdict(
    facts,
    uniqueEvidence([...facts.evidence.spf, ...facts.evidence.dkim.flat(), ...facts.evidence.dmarc]),
  );
}

/** The From domain, else the best-known author domain (see RuleFacts.senderDomain). */
export function authorDomain(facts: RuleFacts): string | null {
  return facts.fromDomain ?? facts.senderDomain;
}
