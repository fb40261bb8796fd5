/**
 * Asks Outlook for the open item's headers as soon as the host is connected, before React has mounted the
 * mailbox view: the host's answer then arrives while the engine chunk is still loading. The first headers
 * request of the view takes that early answer; every later one (retry, another item) asks the host again.
 * An early answer for an item the user has since left carries that item's key, which the view already
 * compares with the item shown and reads again.
 */
import type { HeadersResult, HostConnection, MailboxHost } from './mailbox';

export function withHeadersRequested(connection: HostConnection): HostConnection {
  if (connection.mode !== 'mailbox') return connection;
  const { host } = connection;
  let early: Promise<HeadersResult> | null = host.getCurrentHeaders();
  const requested: MailboxHost = {
    currentItemKey: () => host.currentItemKey(),
    getCurrentHeaders: () => {
      const answer = early ?? host.getCurrentHeaders();
      early = null;
      return answer;
    },
    onItemChanged: (listener) => host.onItemChanged(listener),
    getTheme: () => host.getTheme(),
    onThemeChanged: (listener) => host.onThemeChanged(listener),
    recipientAddress: () => host.recipientAddress(),
    openNewMessage: (message) => host.openNewMessage(message),
    client: () => host.client(),
    messageAttachments: () => host.messageAttachments(),
    getAttachmentContent: (attachment) => host.getAttachmentContent(attachment),
  };
  return { mode: 'mailbox', host: requested };
}
