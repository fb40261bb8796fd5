/** Who the message names: the From display name, the Reply-To and the To/Cc recipients. */
import type { MailAddress, ParsedMessage } from '../parser/types';
import type { MessageSummary } from './diagnosis';

/** Recipients listed per field; a hostile block may name thousands. */
const MAX_LISTED_RECIPIENTS = 50;

function recipients(mailboxes: MailAddress[] | undefined): string[] {
  return (mailboxes ?? [])
    .slice(0, MAX_LISTED_RECIPIENTS)
    .map(({ name, address }) => (name ? `${name} <${address}>` : address));
}

export function messageParties(
  parsed: ParsedMessage,
): Pick<MessageSummary, 'fromName' | 'replyTo' | 'to' | 'cc'> {
  return {
    fromName: parsed.from?.name || null,
    replyTo: parsed.replyTo?.address || null,
    to: recipients(parsed.to),
    cc: recipients(parsed.cc),
  };
}
