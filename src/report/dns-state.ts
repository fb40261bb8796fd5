/** The line a finding's DNS check adds to every report and to the pane (own module: the pane imports it). */
import type { FindingDns } from '../rules/diagnosis';

const DNS_STATE_LABELS: Record<FindingDns['state'], string> = {
  confirmed: 'confirmed',
  'fixed-since': 'fixed since',
  contradicts: 'contradicts the headers',
  unavailable: 'could not check',
};

export function dnsStateLine(dns: FindingDns): string {
  return `DNS now (${dns.resolver}, ${dns.checkedAt}): ${DNS_STATE_LABELS[dns.state]}. ${dns.detail}`;
}
