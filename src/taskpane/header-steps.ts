/**
 * How to copy a message's internet headers, in the Outlook the reader uses (or, not knowing it, in the
 * common ones). The menu paths are Outlook's own; the pane never copies them for the reader.
 */
import type { OutlookClient } from './mailbox';

const WEB =
  'in Outlook on the web or the new Outlook, open the message, then … › View › View message details';
const CLASSIC = 'in classic Outlook for Windows, open the message, then File › Properties › Internet headers';
const MAC = 'in Outlook for Mac, right-click the message in the list, then View Source';

const STEPS: Record<OutlookClient, string> = {
  web: WEB,
  windows: CLASSIC,
  mac: MAC,
  mobile: 'Outlook mobile cannot show them: open the message in Outlook on the web or on a computer',
  unknown: `${WEB}; ${CLASSIC}`,
};

/** "To copy the headers: …." as one sentence for the given client (undefined: outside Outlook). */
export function copyHeadersSteps(client: OutlookClient = 'unknown'): string {
  const steps = STEPS[client];
  return `To copy the headers: ${steps}.`;
}
