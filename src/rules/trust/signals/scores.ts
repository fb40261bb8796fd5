/**
 * The spam and bulk scores (SCL, BCL). They judge content and sending habits, not who sent the message,
 * so they are told but never make it suspicious on their own.
 */
import type { AntispamReport } from '../../../parser/types';
import { BCL_THRESHOLDS, findAntispamValue } from '../../knowledge';
import { evidenceOf } from '../../evidence';
import type { SignalCheck } from '../context';

/** SCL from which Microsoft treats a message as spam (the SCL table's "5-6" row). */
const SPAM_SCL = 5;

function score(report: AntispamReport | null, field: string): number | null {
  const value = report?.fields[field]?.trim();
  return value && /^-?\d{1,2}$/.test(value) ? Number(value) : null;
}

export const spamScore: SignalCheck = ({ facts }) => {
  const report = facts.parsed.forefront;
  const scl = score(report, 'SCL');
  if (!report || scl === null || scl < SPAM_SCL) return null;
  const meaning = findAntispamValue('SCL', String(scl))?.meaning ?? '';
  return {
    weight: 'caution',
    signal: {
      id: 'spam-score',
      text: `Spam score SCL ${scl}: ${meaning}`,
      evidence: [evidenceOf(report.loc)],
    },
    headline: 'Microsoft 365 rated this message as spam.',
  };
};

export const bulkScore: SignalCheck = ({ facts }) => {
  const { forefront, microsoftAntispam } = facts.parsed;
  const report = score(microsoftAntispam, 'BCL') !== null ? microsoftAntispam : forefront;
  const bcl = score(report, 'BCL');
  if (!report || bcl === null || bcl < BCL_THRESHOLDS.default) return null;
  const meaning = findAntispamValue('BCL', String(bcl))?.meaning ?? '';
  return {
    weight: 'caution',
    signal: {
      id: 'bulk-score',
      text: `Bulk score BCL ${bcl}: ${meaning}`,
      evidence: [evidenceOf(report.loc)],
    },
    headline: 'This is bulk mail from a sender many people complain about.',
  };
};
