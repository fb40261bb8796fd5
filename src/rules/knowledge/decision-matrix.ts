/** The troubleshooting guide's decision matrix: authentication state → required action. */
import type { DecisionMatrixRow, MatrixResult } from './types';
import { SOURCES } from './sources';

const source = SOURCES.decisionMatrix;

/** In the guide's order; the first matching row wins (so fail/fail/fail is "SPF + DKIM fail"). */
export const DECISION_MATRIX: DecisionMatrixRow[] = [
  { state: 'All pass', spf: 'pass', dkim: 'pass', dmarc: 'pass', action: 'No action needed.', source },
  {
    state: 'SPF only fails',
    spf: 'fail',
    dkim: 'pass',
    dmarc: 'pass',
    action: 'Fix the SPF record. Add the sending IP or include.',
    source,
  },
  {
    state: 'DKIM only fails',
    spf: 'pass',
    dkim: 'fail',
    dmarc: 'pass',
    action: 'Enable DKIM and add DNS records.',
    source,
  },
  {
    state: 'DMARC fails (alignment)',
    spf: 'pass',
    dkim: 'pass',
    dmarc: 'fail',
    action: 'Fix domain alignment (SPF or DKIM domain must match From domain).',
    source,
  },
  {
    state: 'SPF + DKIM fail',
    spf: 'fail',
    dkim: 'fail',
    dmarc: 'fail',
    action: 'Fix both SPF and DKIM urgently.',
    source,
  },
  {
    state: 'No authentication',
    spf: 'none',
    dkim: 'none',
    dmarc: 'none',
    action: 'Set up all three protocols.',
    source,
  },
  {
    state: 'Gateway issue',
    spf: 'varies',
    dkim: 'fail',
    dmarc: 'fail',
    action: 'Implement ARC or fix gateway configuration.',
    source,
  },
];

function cellMatches(cell: MatrixResult, result: string): boolean {
  return cell === 'varies' || cell === result;
}

/**
 * The matrix row for a message's results (case-insensitive). SPF softfail counts as fail, as the guide's
 * SPF table groups them; any other result outside pass/fail/none matches only a 'varies' cell.
 */
export function matchDecisionMatrix(spf: string, dkim: string, dmarc: string): DecisionMatrixRow | undefined {
  const spfResult = spf.trim().toLowerCase() === 'softfail' ? 'fail' : spf.trim().toLowerCase();
  const dkimResult = dkim.trim().toLowerCase();
  const dmarcResult = dmarc.trim().toLowerCase();
  return DECISION_MATRIX.find(
    (row) =>
      cellMatches(row.spf, spfResult) &&
      cellMatches(row.dkim, dkimResult) &&
      cellMatches(row.dmarc, dmarcResult),
  );
}
