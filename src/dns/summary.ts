/** DnsFacts → one plain line per check, the same in the CLI report and the task pane. */
import type { DnsFacts } from './check-dns';
import { LOOKUP_LIMIT } from './spf/check-host';

export interface DnsLine {
  check: 'SPF' | 'DMARC' | 'DKIM' | 'ARC' | 'MX';
  text: string;
}

/** How many of the costliest includes a summary names. */
const INCLUDES_NAMED = 3;

export function summarizeDnsFacts(facts: DnsFacts): DnsLine[] {
  const lines: DnsLine[] = [];
  if (facts.spf !== null) {
    const { check, cost } = facts.spf;
    lines.push({ check: 'SPF', text: `${check.domain} for ${check.ip}: ${check.result} (${check.detail})` });
    const costliest = cost.includes
      .slice(0, INCLUDES_NAMED)
      .map((include) => `${include.term} (${include.cost})`)
      .join(', ');
    const named = costliest === '' ? '' : `; costliest: ${costliest}`;
    lines.push({
      check: 'SPF',
      text: `${cost.domain} needs ${cost.total} DNS lookups (the limit is ${LOOKUP_LIMIT})${named}`,
    });
  }
  if (facts.dmarc !== null) lines.push({ check: 'DMARC', text: facts.dmarc.detail });
  for (const key of facts.dkim) lines.push({ check: 'DKIM', text: key.detail });
  for (const cname of facts.dkimCnames) lines.push({ check: 'DKIM', text: cname.detail });
  for (const key of facts.arc) lines.push({ check: 'ARC', text: key.detail });
  if (facts.mx !== null) lines.push({ check: 'MX', text: facts.mx.detail });
  return lines;
}
