/** X-Microsoft-Antispam PCL: the phishing confidence level (older Microsoft documentation). */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.antispamScales;

export const PCL_VALUES: AntispamValueRow[] = [
  {
    field: 'PCL',
    value: '0-3',
    meaning: 'The message content is not likely to be phishing.',
    documented: true,
    older: true,
    source,
  },
  {
    field: 'PCL',
    value: '4-8',
    meaning: 'The message content is likely to be phishing.',
    documented: true,
    older: true,
    source,
  },
];
