/** X-MS-Exchange-Organization-AuthAs: how Exchange authenticated the submitting client. */
import type { AuthAsRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.authResultsAsStamped;

/** Only meaningful inside Exchange: the header is stripped at the org boundary and forgeable elsewhere. */
export const AUTH_AS_VALUES: AuthAsRow[] = [
  {
    value: 'Internal',
    meaning:
      'Exchange treated the sender as authenticated inside the organization (trust it only when it was stamped inside your own Exchange).',
    internal: true,
    source,
  },
  {
    value: 'Anonymous',
    meaning: 'The message arrived unauthenticated, as mail from the internet does.',
    internal: false,
    source,
  },
];
