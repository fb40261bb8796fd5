/** X-Forefront-Antispam-Report SCL: the spam confidence level, as ranges of the -1…9 scale. */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.antispamScales;

export const SCL_VALUES: AntispamValueRow[] = [
  {
    field: 'SCL',
    value: '-1',
    meaning: 'Spam filtering was skipped; the message is delivered to the Inbox.',
    documented: true,
    source,
  },
  {
    field: 'SCL',
    value: '0-1',
    meaning: 'Not spam; the message is delivered to the Inbox.',
    documented: true,
    source,
  },
  {
    field: 'SCL',
    value: '2-4',
    meaning:
      'Never stamped by spam filtering: Microsoft does not assign SCL 2 to 4, so this value was set by something other than the filter.',
    documented: true,
    source,
  },
  {
    field: 'SCL',
    value: '5-6',
    meaning:
      'Spam; the message is delivered to the Junk Email folder (the Strict preset policy quarantines it).',
    documented: true,
    source,
  },
  {
    field: 'SCL',
    value: '7-9',
    meaning: 'High confidence spam.',
    documented: true,
    source,
  },
];
