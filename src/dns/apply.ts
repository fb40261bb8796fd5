/**
 * Ties a DNS check to the findings: each SPF, DKIM, DMARC and ARC finding gets `dns` (what DNS says now) and,
 * where DNS shows what to change, fix steps that edit the published record. A separate step the user asks
 * for: diagnose() never calls it.
 */
import { fixStepText } from '../rules/fix-step-text';
import { editedTxtRecord, enableDkimCommand, step } from '../rules/fixes';
import type { Diagnosis, Finding, FindingDns, FixStep } from '../rules/diagnosis';
import type { DnsFacts } from './check-dns';
import { LOOKUP_LIMIT } from './spf/check-host';
import { ipMechanismFor, mergeSpfRecords, nextDmarcRecord, spfWithMechanism } from './record-edits';

type State = FindingDns['state'];

interface Verdict {
  state: State;
  detail: string;
  /** Replaces the finding's fix steps when DNS says exactly what to change. */
  steps?: FixStep[];
}

const FAILED_SPF = ['fail', 'softfail', 'neutral'];
/** How many of the costliest includes a flattening step names. */
const INCLUDES_NAMED = 3;

export function applyDnsChecks(diagnosis: Diagnosis, facts: DnsFacts): Diagnosis {
  return {
    ...diagnosis,
    findings: diagnosis.findings.map((finding) => applyToFinding(finding, diagnosis, facts)),
  };
}

function applyToFinding(finding: Finding, diagnosis: Diagnosis, facts: DnsFacts): Finding {
  const verdict = judge(finding, diagnosis, facts);
  if (verdict === null) return finding;
  const dns: FindingDns = {
    checkedAt: facts.checkedAt,
    resolver: facts.resolver,
    state: verdict.state,
    detail: verdict.detail,
  };
  if (verdict.steps === undefined) return { ...finding, dns };
  return { ...finding, dns, fixSteps: verdict.steps, fix: verdict.steps.map(fixStepText) };
}

function judge(finding: Finding, diagnosis: Diagnosis, facts: DnsFacts): Verdict | null {
  switch (finding.id) {
    case 'spf-fail':
    case 'spf-none':
    case 'spf-permerror':
    case 'spf-temperror':
      return judgeSpf(finding.id, facts);
    case 'dkim-fail':
      return judgeDkimFail(diagnosis, facts);
    case 'dkim-none':
      return judgeDkimNone(facts);
    case 'dmarc-none':
    case 'dmarc-bestguesspass':
      return judgeDmarcMissing(facts);
    case 'dmarc-enforced-failure':
      return judgeDmarcEnforced(facts);
    case 'arc-rescued':
    case 'forwarding':
    case 'gateway-modified':
    case 'compauth-bypassed':
      return judgeArcKeys(facts);
    default:
      return null;
  }
}

function judgeSpf(
  id: 'spf-fail' | 'spf-none' | 'spf-permerror' | 'spf-temperror',
  facts: DnsFacts,
): Verdict | null {
  if (facts.spf === null) return null;
  const { check } = facts.spf;
  const now = `SPF for ${check.ip} from ${check.domain} is ${check.result} now: ${check.detail}`;
  if (check.result === 'temperror')
    return { state: id === 'spf-temperror' ? 'confirmed' : 'unavailable', detail: now };
  if (check.result === 'pass')
    return {
      state: 'fixed-since',
      detail: now,
      steps: [step(`Nothing to change in DNS: ${check.domain} authorises ${check.ip} now.`)],
    };
  const failing = FAILED_SPF.includes(check.result);
  switch (id) {
    case 'spf-fail':
      if (failing) return { state: 'confirmed', detail: now, steps: addIpSteps(facts) };
      return {
        state: 'contradicts',
        detail: now,
        steps: check.result === 'permerror' ? permerrorSteps(facts) : undefined,
      };
    case 'spf-none':
      if (check.result === 'none') return { state: 'confirmed', detail: now };
      return {
        state: 'fixed-since',
        detail: `${check.domain} publishes an SPF record now. ${now}`,
        steps: failing ? addIpSteps(facts) : permerrorSteps(facts),
      };
    case 'spf-permerror':
      if (check.result === 'permerror')
        return { state: 'confirmed', detail: now, steps: permerrorSteps(facts) };
      return {
        state: 'fixed-since',
        detail: `the record evaluates now. ${now}`,
        steps: failing ? addIpSteps(facts) : undefined,
      };
    case 'spf-temperror':
      return { state: 'fixed-since', detail: `DNS answers now. ${now}` };
  }
}

/** The published record with the message's IP added, as one edit. */
function addIpSteps(facts: DnsFacts): FixStep[] | undefined {
  const spf = facts.spf;
  const record = spf?.check.tree.record;
  const mechanism = spf === null ? null : ipMechanismFor(spf.check.ip);
  if (spf === null || record === null || record === undefined || mechanism === null) return undefined;
  const edited = spfWithMechanism(record, mechanism);
  if (edited === null) return undefined;
  const domain = spf.check.domain;
  return [
    step(
      `Replace the SPF record ${domain} publishes now with this one, which adds ${mechanism} (one record only):`,
      editedTxtRecord(domain, edited),
    ),
    step(
      `Or, if ${spf.check.ip} belongs to a sending service, add that service's documented include: at the same place instead.`,
    ),
  ];
}

/** Two records: the merged one; over the limit: which includes to flatten first. */
function permerrorSteps(facts: DnsFacts): FixStep[] | undefined {
  const spf = facts.spf;
  if (spf === null) return undefined;
  const { check, cost } = spf;
  const records = cost.records;
  if (records.length > 1) {
    const merged = mergeSpfRecords(records);
    if (merged === null) return undefined;
    return [
      step(
        `${check.domain} publishes ${records.length} SPF records: replace them with this single one:`,
        editedTxtRecord(check.domain, merged),
      ),
    ];
  }
  if (cost.total <= LOOKUP_LIMIT) return undefined;
  const costliest = cost.includes
    .slice(0, INCLUDES_NAMED)
    .map((include) => `${include.term} (${include.cost} lookups)`);
  return [
    step(
      `${check.domain} needs ${cost.total} DNS lookups; the limit is ${LOOKUP_LIMIT}: remove at least ${cost.total - LOOKUP_LIMIT}.`,
    ),
    step(
      `Flatten the costliest first: ${costliest.join(', ')}. Replace an include you control by the ip4:/ip6: ranges it lists; drop includes of services you no longer use.`,
    ),
  ];
}

function judgeDkimFail(diagnosis: Diagnosis, facts: DnsFacts): Verdict | null {
  const failed = diagnosis.auth.dkim.find((signature) => signature.result === 'fail');
  const key =
    facts.dkim.find((check) => check.domain === failed?.domain && check.selector === failed?.selector) ??
    facts.dkim[0];
  if (key === undefined) return null;
  switch (key.state) {
    case 'missing':
      return {
        state: 'confirmed',
        detail: `${key.detail}: the signature cannot verify without it`,
        steps: [
          step(
            `Publish the public key of selector ${key.selector} at ${key.name} (from the service that signs for ${key.domain}), or sign with a selector that is published.`,
          ),
        ],
      };
    case 'revoked':
    case 'invalid':
      return { state: 'confirmed', detail: key.detail };
    case 'present':
      return {
        state: 'contradicts',
        detail: `${key.detail}: a key is published, so the failure is not a missing key; check that it is the pair of the signer's private key`,
      };
    case 'unavailable':
      return { state: 'unavailable', detail: key.detail };
  }
}

function judgeDkimNone(facts: DnsFacts): Verdict | null {
  if (facts.dkimCnames.length === 0) return null;
  if (
    facts.dkimCnames.some(
      (cname) => cname.failure !== null && cname.failure !== 'nxdomain' && cname.failure !== 'nodata',
    )
  )
    return { state: 'unavailable', detail: facts.dkimCnames.map((cname) => cname.detail).join('; ') };
  const missing = facts.dkimCnames.filter((cname) => cname.target === null);
  const detail = facts.dkimCnames.map((cname) => cname.detail).join('; ');
  const domain = facts.dkimCnames[0].name.split('._domainkey.')[1];
  if (missing.length === 0)
    return {
      state: 'fixed-since',
      detail: `${detail}: the DNS side is done`,
      steps: [step('Turn signing on, if it is not yet:', enableDkimCommand(domain))],
    };
  return {
    state: 'confirmed',
    detail,
    steps: [
      step(
        `Publish the missing CNAME record${missing.length > 1 ? 's' : ''} ${missing.map((cname) => cname.name).join(' and ')}, with the target${missing.length > 1 ? 's' : ''} the Defender portal shows for ${domain}.`,
      ),
      step('Then turn signing on:', enableDkimCommand(domain)),
    ],
  };
}

function judgeDmarcMissing(facts: DnsFacts): Verdict | null {
  const dmarc = facts.dmarc;
  if (dmarc === null) return null;
  if (dmarc.record === null) {
    if (dmarc.failure !== null) return { state: 'unavailable', detail: dmarc.detail };
    return { state: 'confirmed', detail: dmarc.detail };
  }
  const next = dmarc.policyDomain === dmarc.domain ? nextDmarcRecord(dmarc.record.raw) : null;
  return {
    state: 'fixed-since',
    detail: dmarc.detail,
    steps:
      next === null
        ? [step('Nothing to publish: a DMARC policy applies now.')]
        : [
            step(
              `A DMARC record is published now. Once the aggregate reports show every legitimate source passing, move on to p=${next.policy}:`,
              editedTxtRecord(`_dmarc.${dmarc.domain}`, next.record),
            ),
          ],
  };
}

function judgeDmarcEnforced(facts: DnsFacts): Verdict | null {
  const dmarc = facts.dmarc;
  if (dmarc === null) return null;
  if (dmarc.record === null)
    return { state: dmarc.failure === null ? 'contradicts' : 'unavailable', detail: dmarc.detail };
  return { state: dmarc.appliedPolicy === 'none' ? 'contradicts' : 'confirmed', detail: dmarc.detail };
}

/**
 * The findings that rest on ARC (a seal that rescued the message, or the advice to trust a sealer): each
 * signer's key must be published for its seals to verify. A key gone, revoked or unreadable means the
 * chain cannot verify now, so trusting that sealer would not help until it publishes one.
 */
function judgeArcKeys(facts: DnsFacts): Verdict | null {
  if (facts.arc.length === 0) return null;
  const keys = facts.arc.map((key) => `ARC signer ${key.domain}: ${key.detail}`);
  const broken = facts.arc.filter((key) => key.state !== 'present' && key.state !== 'unavailable');
  if (broken.length > 0)
    return {
      state: 'contradicts',
      detail: `${keys.join('; ')}. Seals by ${[...new Set(broken.map((key) => key.domain))].join(', ')} cannot verify now`,
    };
  if (facts.arc.some((key) => key.state === 'unavailable'))
    return { state: 'unavailable', detail: keys.join('; ') };
  return { state: 'confirmed', detail: `${keys.join('; ')}: every ARC signer's key is published` };
}
