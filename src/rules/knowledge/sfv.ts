/** X-Forefront-Antispam-Report SFV: the spam filtering verdict. */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.forefrontFields;

export const SFV_VALUES: AntispamValueRow[] = [
  {
    field: 'SFV',
    value: 'BLK',
    meaning:
      "Filtering was skipped and the message was blocked because the sender is in the user's Blocked Senders list.",
    documented: true,
    junks: true,
    source,
  },
  {
    field: 'SFV',
    value: 'NSPM',
    meaning: 'Spam filtering marked the message as not spam; it was sent to the intended recipients.',
    documented: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SFE',
    meaning:
      "Filtering was skipped and the message was allowed because the sender is in the user's Safe Senders list.",
    documented: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SKA',
    meaning:
      'The message skipped spam filtering and was allowed because the sender is in the allowed senders or allowed domains list of an anti-spam policy.',
    documented: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SKB',
    meaning:
      'The message was marked as spam because the sender is in the blocked senders or blocked domains list of an anti-spam policy.',
    documented: true,
    junks: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SKN',
    meaning:
      'The message was marked as not spam before spam filtering (for example SCL -1 or "Bypass spam filtering" set by a mail flow rule).',
    documented: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SKQ',
    meaning: 'The message was released from quarantine and sent to the intended recipients.',
    documented: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SKS',
    meaning:
      'The message was marked as spam before spam filtering (for example SCL 5 to 9 set by a mail flow rule).',
    documented: true,
    junks: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SPM',
    meaning: 'The message was marked as spam by spam filtering.',
    documented: true,
    junks: true,
    source,
  },
  {
    field: 'SFV',
    value: 'SKI',
    meaning: 'Spam filtering was skipped for another reason, for example intra-organization mail.',
    documented: true,
    older: true,
    source,
  },
  {
    field: 'SFV',
    value: 'DMS',
    meaning:
      'Not documented by Microsoft. Seen in the field on messages whose spam verdict was ignored by tenant settings.',
    documented: false,
    source,
  },
];
