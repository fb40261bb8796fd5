/** X-Forefront-Antispam-Report SRV: the bulk verdict. */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

export const SRV_VALUES: AntispamValueRow[] = [
  {
    field: 'SRV',
    value: 'BULK',
    meaning:
      'The message was identified as bulk email by its BCL reaching the policy threshold (by default it then gets SCL 6).',
    documented: true,
    source: SOURCES.forefrontFields,
  },
];
