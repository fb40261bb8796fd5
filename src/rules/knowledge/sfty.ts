/** X-Forefront-Antispam-Report SFTY: the safety tip / phishing classification of the message. */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.forefrontFields;

export const SFTY_VALUES: AntispamValueRow[] = [
  {
    field: 'SFTY',
    value: '9.19',
    meaning: 'Domain impersonation.',
    documented: true,
    spoofVerdict: 'impersonation',
    source,
  },
  {
    field: 'SFTY',
    value: '9.20',
    meaning: 'User impersonation.',
    documented: true,
    spoofVerdict: 'impersonation',
    source,
  },
  { field: 'SFTY', value: '9.25', meaning: 'First contact safety tip.', documented: true, source },
  {
    field: 'SFTY',
    value: '9.1',
    meaning: 'Default phishing classification.',
    documented: true,
    older: true,
    source,
  },
  {
    field: 'SFTY',
    value: '9.11',
    meaning: 'Intra-organization spoofing.',
    documented: true,
    older: true,
    spoofVerdict: 'intra-org-spoof',
    source,
  },
  {
    field: 'SFTY',
    value: '9.21',
    meaning: 'Spoofing: the From domain does not authenticate.',
    documented: true,
    older: true,
    spoofVerdict: 'spoof',
    source,
  },
  {
    field: 'SFTY',
    value: '9.22',
    meaning: "Same as 9.21 (spoofing), but overridden because the sender is in the user's safe senders.",
    documented: true,
    older: true,
    spoofVerdict: 'spoof',
    source,
  },
  {
    field: 'SFTY',
    value: '9.23',
    meaning: 'Same as 9.21 (spoofing), but overridden because the organization allows the sender or domain.',
    documented: true,
    older: true,
    spoofVerdict: 'spoof',
    source,
  },
  {
    field: 'SFTY',
    value: '9.24',
    meaning: 'Same as 9.21 (spoofing), but overridden by a mail flow rule.',
    documented: true,
    older: true,
    spoofVerdict: 'spoof',
    source,
  },
];
