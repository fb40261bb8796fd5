/** X-Microsoft-Antispam BCL: the bulk complaint level, and the thresholds the policies apply. */
import type { AntispamValueRow, Source } from './types';
import { SOURCES } from './sources';

const source = SOURCES.antispamScales;

export const BCL_VALUES: AntispamValueRow[] = [
  { field: 'BCL', value: '0', meaning: 'The message is not from a bulk sender.', documented: true, source },
  {
    field: 'BCL',
    value: '1-3',
    meaning: 'The message is from a bulk sender that generates few complaints.',
    documented: true,
    source,
  },
  {
    field: 'BCL',
    value: '4-7',
    meaning: 'The message is from a bulk sender that generates a mixed number of complaints.',
    documented: true,
    source,
  },
  {
    field: 'BCL',
    value: '8-9',
    meaning: 'The message is from a bulk sender that generates a high number of complaints.',
    documented: true,
    source,
  },
];

/**
 * The BCL at or above which anti-spam policies treat a message as bulk (then SRV:BULK, SCL 6 by default).
 */
export const BCL_THRESHOLDS: { default: number; standard: number; strict: number; source: Source } = {
  default: 7,
  standard: 6,
  strict: 5,
  source,
};
