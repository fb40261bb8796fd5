/** A scripted MailboxHost for the pane's tests: no Office.js, every answer chosen by the test. */
import type {
  AttachmentContent,
  HeadersResult,
  MailboxHost,
  MessageAttachment,
  NewMessage,
  OutlookClient,
  ThemeKind,
} from '../../src/taskpane/mailbox';

interface PendingRequest {
  itemKey: string | null;
  resolve: (result: HeadersResult) => void;
}

export class FakeMailboxHost implements MailboxHost {
  itemKey: string | null = 'item-1';
  recipient: string | null = null;
  /** Messages the pane asked Outlook to open; `canOpen` false plays an older client. */
  readonly opened: NewMessage[] = [];
  canOpen = true;
  theme: ThemeKind | null = null;
  /** The Outlook played (Office.context.diagnostics.platform): Outlook on the web unless a test says. */
  outlookClient: OutlookClient = 'web';
  /** Answers by item key; a missing key leaves the request pending until `answer` is called. */
  readonly responses = new Map<string, HeadersResult>();
  readonly pending: PendingRequest[] = [];
  requests = 0;
  private itemListeners = new Set<() => void>();
  private themeListeners = new Set<(theme: ThemeKind) => void>();

  /** The item's attachments that are messages, and the content each one gives (by id). */
  attachments: MessageAttachment[] = [];
  readonly attachmentContents = new Map<string, AttachmentContent>();

  messageAttachments(): MessageAttachment[] {
    return this.attachments;
  }

  getAttachmentContent(attachment: MessageAttachment): Promise<AttachmentContent> {
    return Promise.resolve(
      this.attachmentContents.get(attachment.id) ?? {
        ok: false,
        kind: 'failed',
        message: 'no such attachment',
      },
    );
  }

  currentItemKey(): string | null {
    return this.itemKey;
  }

  getCurrentHeaders(): Promise<HeadersResult> {
    this.requests += 1;
    const key = this.itemKey;
    const ready = this.responses.get(String(key));
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.pending.push({ itemKey: key, resolve }));
  }

  /** Resolves the oldest pending request for `itemKey`. */
  answer(itemKey: string, result: HeadersResult): void {
    const index = this.pending.findIndex((request) => request.itemKey === itemKey);
    if (index < 0) throw new Error(`no pending request for ${itemKey}`);
    const [request] = this.pending.splice(index, 1);
    request.resolve(result);
  }

  /** The user selects another item in a pinned pane. */
  selectItem(itemKey: string | null): void {
    this.itemKey = itemKey;
    for (const listener of this.itemListeners) listener();
  }

  onItemChanged(listener: () => void): () => void {
    this.itemListeners.add(listener);
    return () => this.itemListeners.delete(listener);
  }

  recipientAddress(): string | null {
    return this.recipient;
  }

  openNewMessage(message: NewMessage): boolean {
    if (!this.canOpen) return false;
    this.opened.push(message);
    return true;
  }

  getTheme(): ThemeKind | null {
    return this.theme;
  }

  client(): OutlookClient {
    return this.outlookClient;
  }

  setTheme(theme: ThemeKind): void {
    this.theme = theme;
    for (const listener of this.themeListeners) listener(theme);
  }

  onThemeChanged(listener: (theme: ThemeKind) => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }
}

export function ok(raw: string, itemKey: string | null = 'item-1'): HeadersResult {
  return { ok: true, raw, itemKey };
}
