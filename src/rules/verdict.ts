import type { Finding, Owner, Verdict } from './diagnosis';

/**
 * The headline verdict: `unknown` when there is no receiver verdict to judge (no Authentication-Results
 * and no authentication NDR);
 * otherwise `fail` when any finding is an error (mail gets junked, quarantined or rejected),
 * `attention` when any is a warning (passing, but weakly) or asks an admin to act, `pass` when only
 * informational findings nobody has to act on remain: "pass" promises that no action is needed.
 */
export function computeVerdict(findings: Finding[], hasVerdict: boolean): Verdict {
  if (!hasVerdict) return 'unknown';
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning' || asksAnAdmin(f))) return 'attention';
  return 'pass';
}

/** An informational finding with steps for the sender's or the recipient's admin (e.g. compauth bypassed). */
function asksAnAdmin(finding: Finding): boolean {
  return (
    (finding.owner === 'sender-admin' || finding.owner === 'recipient-admin') && finding.fixSteps.length > 0
  );
}

const WHO: Record<Owner, string> = {
  'sender-admin': "the sender's email admin",
  'recipient-admin': "the recipient's email admin",
  user: 'you',
  none: 'nobody',
};

/** One sentence a non-expert understands: the From domain, the outcome and the most severe finding. */
export function summarize(verdict: Verdict, findings: Finding[], fromDomain: string | null): string {
  const who = fromDomain ? `Mail from ${fromDomain}` : 'This message';
  const top = findings[0];
  // Only the sentences that name the top finding lower-case its title.
  const topTitle = (): string => (top ? lowerFirst(top.title) : '');
  switch (verdict) {
    case 'unknown': {
      // The no-auth-results finding says why; another finding (e.g. a Received-SPF failure) still counts.
      const other = findings.find((f) => f.id !== 'no-auth-results');
      return (
        `${who} carries no authentication results from the receiving server, so it cannot be fully diagnosed ` +
        `from these headers${other ? `; still, ${lowerFirst(other.title)}` : ''}.`
      );
    }
    case 'fail':
      return `${who} failed authentication: ${topTitle()}; ${WHO[top.owner]} needs to fix it.`;
    case 'attention':
      return `${who} was delivered, but needs attention: ${topTitle()}; ${WHO[top.owner]} should fix it.`;
    case 'pass':
      return `${who} passed authentication${top && top.id !== 'authenticated' ? ` (${topTitle()})` : ''}; no action is needed.`;
  }
}

/** Lower-case the first letter unless the title starts with a name (domain, acronym). */
function lowerFirst(title: string): string {
  const space = title.indexOf(' ');
  const first = space < 0 ? title : title.slice(0, space);
  const acronym = first.length > 1 && first === first.toUpperCase();
  if (first.includes('.') || first.includes('@') || acronym) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}
