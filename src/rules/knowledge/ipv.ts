/** X-Forefront-Antispam-Report IPV: what the connecting IP's reputation did to filtering. */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.forefrontFields;

export const IPV_VALUES: AntispamValueRow[] = [
  {
    field: 'IPV',
    value: 'CAL',
    meaning: 'Spam filtering was skipped because the source IP address is in the IP Allow List.',
    documented: true,
    source,
  },
  {
    field: 'IPV',
    value: 'NLI',
    meaning: 'The IP address was not found on any IP reputation list.',
    documented: true,
    source,
  },
];
