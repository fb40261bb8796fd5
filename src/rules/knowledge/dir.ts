/** X-Forefront-Antispam-Report DIR: the directionality of the message. */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.forefrontFields;

export const DIR_VALUES: AntispamValueRow[] = [
  { field: 'DIR', value: 'INB', meaning: 'Inbound message.', documented: true, source },
  { field: 'DIR', value: 'OUT', meaning: 'Outbound message.', documented: true, source },
  { field: 'DIR', value: 'INT', meaning: 'Internal message.', documented: true, source },
];
