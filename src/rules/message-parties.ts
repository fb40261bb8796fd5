/** Who the message names: the From display name, the Reply-To and the To/Cc recipients. */
import { parseMailboxList } from '../parser/addresses';
import type { ParsedMessage } from '../parser/types';
import type { MessageSummary } from './diagnosis';

/** Recipients listed per field; a hostile block may name thousands. */
export const MAX_LISTED_RECIPIENTS = 50;

function recipients(parsed: ParsedMessage, key: string): string[] {
  const field = parsed.fields.find((f) => f.key === key);
  if (!field) return [];
  return parseMailboxList(field, MAX_LISTED_RECIPIENTS).map(({ name, address }) =>
    name ? `${name} <${address}>` : address,
  );
}

export function messageParties(
  parsed: ParsedMessage,
): Pick<MessageSummary, 'fromName' | 'replyTo' | 'to' | 'cc'> {
  return {
    fromName: parsed.from?.name || null,
    replyTo: parsed.replyTo?.address || null,
    to: recipients(parsed, 'to'),
    cc: recipients(parsed, 'cc'),
  };
}
