/** SFTY 9.25: the first message from this sender to the reader. Nothing wrong, but nothing known yet. */
import { findAntispamValue } from '../../knowledge';
import { evidenceOf } from '../../evidence';
import type { SignalCheck } from '../context';

export const firstContact: SignalCheck = ({ facts }) => {
  const report = facts.parsed.forefront;
  if (report?.fields['SFTY']?.trim() !== '9.25') return null;
  return {
    weight: 'caution',
    signal: {
      id: 'first-contact',
      text: `You have not had mail from this sender before (SFTY:9.25, ${findAntispamValue('SFTY', '9.25')?.meaning ?? ''}).`,
      evidence: [evidenceOf(report.loc)],
    },
    headline: 'This is the first message you get from this sender.',
  };
};
