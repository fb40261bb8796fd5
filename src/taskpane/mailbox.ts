/**
 * The one adapter between the pane and Office.js. Nothing else in src/taskpane touches the global
 * `Office`: the UI talks to a `MailboxHost`, so tests (and the standalone page) can give it a fake.
 */

import { loadOfficeScript } from './office-script';
import { decodeBase64Binary } from '../parser/base64';
import { isMessageAttachment } from '../messages/attachment-kind';
import { loadEngine } from './engine';

export type ThemeKind = 'light' | 'dark';

/**
 * The Outlook the pane runs in, as far as the steps to copy a message's headers differ: Outlook on the web
 * and the new Outlook on Windows (Office reports both as OfficeOnline), classic Outlook on Windows, Outlook
 * for Mac, Outlook mobile, or a host that does not say.
 */
export type OutlookClient = 'web' | 'windows' | 'mac' | 'mobile' | 'unknown';

/** Why the open item's headers could not be read; each kind gets its own message in the pane. */
export type HeadersFailure =
  | { kind: 'no-item' }
  | { kind: 'compose' }
  | { kind: 'unsupported' }
  /** `message`: Office's own words, '' when it gave none. */
  | { kind: 'async-failed'; code: number | null; name: string | null; message: string }
  | { kind: 'empty' }
  /** Office never called back (the pane stops waiting after `waitedMs`; a later answer still counts). */
  | { kind: 'no-answer'; waitedMs: number };

export type HeadersResult =
  | { ok: true; raw: string; itemKey: string | null }
  | { ok: false; failure: HeadersFailure; itemKey: string | null };

/** A new message for Outlook's compose form: recipients, subject, HTML body and the open item attached. */
export interface NewMessage {
  to: string[];
  subject: string;
  htmlBody: string;
  /** Attach the item being read (as an Outlook item attachment) under this name. */
  attachCurrentItemAs: string | null;
}

/** An attachment of the open item that is a message: an attached Outlook item, an .eml or a .msg file. */
export interface MessageAttachment {
  id: string;
  name: string;
}

export type AttachmentContent =
  | { ok: true; bytes: Uint8Array; name: string }
  /** `unsupported`: the client cannot hand an attachment's content to add-ins (before Mailbox 1.8). */
  | { ok: false; kind: 'unsupported' | 'failed'; message: string };

export interface MailboxHost {
  /** Key of the item the host shows now (its id where Office gives one), to drop answers for another item. */
  currentItemKey(): string | null;
  getCurrentHeaders(): Promise<HeadersResult>;
  /** Calls `listener` whenever the user selects another item (pinned pane). Returns an unsubscribe. */
  onItemChanged(listener: () => void): () => void;
  /** Office's theme, or null when the host does not say (then the pane follows the system). */
  getTheme(): ThemeKind | null;
  onThemeChanged(listener: (theme: ThemeKind) => void): () => void;
  /** The signed-in mailbox's address (the reader of the message), or null when Outlook does not say. */
  recipientAddress(): string | null;
  /** Opens Outlook's form for a new message; false when the host cannot (older clients, no item id). */
  openNewMessage(message: NewMessage): boolean;
  /** Which Outlook this is (Office.context.diagnostics.platform), for steps that differ by client. */
  client(): OutlookClient;
  /** The open item's attachments that are messages, in its order; none when Outlook lists none. */
  messageAttachments(): MessageAttachment[];
  /** The content of one of them: an item's as its .eml, a file's as its bytes. */
  getAttachmentContent(attachment: MessageAttachment): Promise<AttachmentContent>;
}

/** Where the pane runs: inside Outlook with a mailbox, or as a plain page (paste / .eml / samples). */
export type HostConnection = { mode: 'mailbox'; host: MailboxHost } | { mode: 'standalone'; reason: string };

/**
 * Dark when the background's relative luminance is below the middle. Outlook's officeTheme has no
 * reliable `isDarkTheme`, so the background colour is the signal (as Office documents for the theme).
 */
export function isDarkBackground(color: string | undefined | null): boolean | null {
  if (!color) return null;
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) return null;
  const channel = (offset: number): number => {
    const v = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.5;
}

function themeOf(theme: Office.OfficeTheme | undefined | null): ThemeKind | null {
  const dark = isDarkBackground(theme?.bodyBackgroundColor);
  return dark === null ? null : dark ? 'dark' : 'light';
}

/**
 * The requirement set of getAllInternetHeadersAsync, checked when the pane opens. The manifest asks for less
 * (Mailbox 1.5) so that clients without it still get the pane and its paste box.
 */
export const HEADERS_REQUIREMENT = { name: 'Mailbox', minVersion: '1.8' } as const;

type ReadBody = (
  coercion: Office.CoercionType,
  callback: (result: Office.AsyncResult<string>) => void,
) => void;

/** The parts of a read or compose item we inspect; compose items lack getAllInternetHeadersAsync. */
interface ItemLike {
  itemId?: string;
  internetMessageId?: string;
  getAllInternetHeadersAsync?: (callback: (result: Office.AsyncResult<string>) => void) => void;
  /** Read items: the body as text (Mailbox 1.3, allowed by ReadItem). */
  body?: { getAsync?: ReadBody };
  saveAsync?: unknown;
  /** Read items: the attachments' details (Mailbox 1.0). */
  attachments?: Array<{ id?: string; name?: string; attachmentType?: string; contentType?: string }>;
  /** Read items: an attachment's content (Mailbox 1.8). */
  getAttachmentContentAsync?: (
    id: string,
    callback: (result: Office.AsyncResult<Office.AttachmentContent>) => void,
  ) => void;
}

/**
 * Base64 (as Office gives a file attachment) to bytes, with the engine's decoder: it skips what is not
 * base64 instead of throwing (atob would, inside Office's callback, and leave the request unsettled).
 */
function base64Bytes(text: string): Uint8Array {
  return Uint8Array.from(decodeBase64Binary(text), (char) => char.charCodeAt(0));
}

/** A bounce's body after its headers (see bounce-body.ts); a body that cannot be read leaves the headers. */
function withBounceBody(item: ItemLike, office: typeof Office, raw: string): Promise<string> {
  const read = item.body?.getAsync;
  if (typeof read !== 'function') return Promise.resolve(raw);
  // The check and the join are the engine's (its chunk is loading already): the parser stays out of the
  // first script.
  return loadEngine().then(
    (engine) => (engine.isBounce(raw) ? bounceBody(item, read, office, raw, engine.withBody) : raw),
    () => raw,
  );
}

function bounceBody(
  item: ItemLike,
  read: ReadBody,
  office: typeof Office,
  raw: string,
  withBody: (headers: string, body: string | null) => string,
): Promise<string> {
  return new Promise((resolve) => {
    try {
      read.call(item.body, office.CoercionType.Text, (result) => {
        const ok = result.status === office.AsyncResultStatus.Succeeded && typeof result.value === 'string';
        resolve(ok ? withBody(raw, result.value) : raw);
      });
    } catch {
      resolve(raw);
    }
  });
}

/** Office.PlatformType values (Mailbox 1.5) by the client they name. */
const CLIENT_BY_PLATFORM: Record<string, OutlookClient> = {
  OfficeOnline: 'web',
  PC: 'windows',
  Mac: 'mac',
  iOS: 'mobile',
  Android: 'mobile',
};

/** Mailbox 1.6 limits of displayNewMessageForm: the subject and the HTML body are cut to fit. */
const FORM_SUBJECT_MAX = 255;
const FORM_BODY_MAX = 32 * 1024;

/** The real Outlook host. Reads `Office.context` at each call: the current item changes under a pinned pane. */
export class OfficeMailboxHost implements MailboxHost {
  private readonly mailbox: Office.Mailbox;
  /** The listeners of each mailbox event type that has an Office handler. */
  private readonly listeners = new Map<Office.EventType, Set<(args: unknown) => void>>();

  constructor(private readonly office: typeof Office) {
    this.mailbox = office.context.mailbox;
  }

  private item(): ItemLike | null {
    return (this.mailbox.item as ItemLike | null | undefined) ?? null;
  }

  currentItemKey(): string | null {
    const item = this.item();
    return item ? (item.itemId ?? item.internetMessageId ?? null) : null;
  }

  getCurrentHeaders(): Promise<HeadersResult> {
    const item = this.item();
    const itemKey = this.currentItemKey();
    const fail = (failure: HeadersFailure): Promise<HeadersResult> =>
      Promise.resolve({ ok: false, failure, itemKey });
    if (!item) return fail({ kind: 'no-item' });
    // saveAsync exists only on an item being composed; read items have no draft to save.
    if (typeof item.saveAsync === 'function') return fail({ kind: 'compose' });
    const supported =
      this.office.context.requirements?.isSetSupported?.(
        HEADERS_REQUIREMENT.name,
        HEADERS_REQUIREMENT.minVersion,
      ) ?? false;
    const read = item.getAllInternetHeadersAsync;
    if (!supported || typeof read !== 'function') return fail({ kind: 'unsupported' });
    return new Promise((resolve) => {
      try {
        read.call(item, (result) => {
          if (result.status !== this.office.AsyncResultStatus.Succeeded) {
            const error = result.error as Office.Error | undefined;
            resolve({
              ok: false,
              itemKey,
              failure: {
                kind: 'async-failed',
                code: typeof error?.code === 'number' ? error.code : null,
                name: error?.name ?? null,
                message: error?.message?.trim() ?? '',
              },
            });
          } else if (typeof result.value !== 'string' || result.value.trim() === '') {
            resolve({ ok: false, itemKey, failure: { kind: 'empty' } });
          } else {
            void withBounceBody(item, this.office, result.value).then((raw) =>
              resolve({ ok: true, raw, itemKey }),
            );
          }
        });
      } catch (error) {
        resolve({
          ok: false,
          itemKey,
          failure: { kind: 'async-failed', code: null, name: null, message: String(error) },
        });
      }
    });
  }

  recipientAddress(): string | null {
    const address = this.mailbox.userProfile?.emailAddress;
    return typeof address === 'string' && address.includes('@') ? address : null;
  }

  openNewMessage(message: NewMessage): boolean {
    const itemId = this.item()?.itemId;
    const supported = this.office.context.requirements?.isSetSupported?.('Mailbox', '1.6') ?? false;
    if (!supported || typeof this.mailbox.displayNewMessageForm !== 'function') return false;
    if (message.attachCurrentItemAs !== null && !itemId) return false;
    try {
      this.mailbox.displayNewMessageForm({
        toRecipients: message.to,
        subject: message.subject.slice(0, FORM_SUBJECT_MAX),
        htmlBody: message.htmlBody.slice(0, FORM_BODY_MAX),
        attachments:
          message.attachCurrentItemAs !== null && itemId
            ? [{ type: 'item', itemId, name: message.attachCurrentItemAs }]
            : [],
      });
      return true;
    } catch {
      return false;
    }
  }

  messageAttachments(): MessageAttachment[] {
    const attachments = this.item()?.attachments;
    if (!Array.isArray(attachments)) return [];
    return attachments.flatMap((attachment) => {
      const { id, name = '' } = attachment;
      if (typeof id !== 'string') return [];
      // Office.MailboxEnums.AttachmentType.Item: an Outlook item attached as such.
      const isItem = attachment.attachmentType === 'item';
      return isItem || isMessageAttachment(name, attachment.contentType ?? null) ? [{ id, name }] : [];
    });
  }

  getAttachmentContent(attachment: MessageAttachment): Promise<AttachmentContent> {
    const item = this.item();
    const read = item?.getAttachmentContentAsync;
    const supported = this.office.context.requirements?.isSetSupported?.('Mailbox', '1.8') ?? false;
    if (!item || !supported || typeof read !== 'function') {
      return Promise.resolve({
        ok: false,
        kind: 'unsupported',
        message:
          'This version of Outlook does not give add-ins the content of an attachment (Mailbox 1.8 is ' +
          'needed). Save the attachment, then open it in Auth Doctor in a browser, or paste its headers.',
      });
    }
    return new Promise((resolve) => {
      const failed = (message: string): void => resolve({ ok: false, kind: 'failed', message });
      try {
        read.call(item, attachment.id, (result) => {
          if (result.status !== this.office.AsyncResultStatus.Succeeded) {
            failed(result.error?.message || 'Outlook gave no reason.');
            return;
          }
          const { content, format } = result.value;
          // Office.MailboxEnums.AttachmentContentFormat: an attached Outlook item comes as its .eml text
          // ("eml"), a file as "base64"; a link ("url") or a calendar entry is not a message.
          const kind = String(format);
          if (kind === 'eml') {
            resolve({ ok: true, bytes: new TextEncoder().encode(content), name: attachment.name });
          } else if (kind === 'base64') {
            resolve({ ok: true, bytes: base64Bytes(content), name: attachment.name });
          } else {
            failed(`Outlook gave the attachment as ${kind}, not as a message.`);
          }
        });
      } catch (error) {
        failed(String(error));
      }
    });
  }

  onItemChanged(listener: () => void): () => void {
    return this.addHandler(this.office.EventType.ItemChanged, () => listener());
  }

  getTheme(): ThemeKind | null {
    return themeOf(this.office.context.officeTheme);
  }

  client(): OutlookClient {
    const platform: unknown = this.office.context.diagnostics?.platform;
    return (typeof platform === 'string' && CLIENT_BY_PLATFORM[platform]) || 'unknown';
  }

  onThemeChanged(listener: (theme: ThemeKind) => void): () => void {
    return this.addHandler(this.office.EventType.OfficeThemeChanged, (args: unknown) => {
      const theme =
        themeOf((args as Office.OfficeThemeChangedEventArgs | undefined)?.officeTheme) ?? this.getTheme();
      if (theme) listener(theme);
    });
  }

  /**
   * Adds a listener for a mailbox event. Office gets one handler per event type, registered with the first
   * listener and removed with the last: removeHandlerAsync removes every handler of its type, so one
   * listener leaving (the first view's, when React takes over) must not silence the others. An unsupported
   * event (older clients) is simply not delivered.
   */
  private addHandler(eventType: Office.EventType, listener: (args: unknown) => void): () => void {
    const listeners = this.listeners.get(eventType) ?? this.register(eventType);
    // A wrapper of its own, so that the same function added twice is also removed once per unsubscribe.
    const own = (args: unknown): void => listener(args);
    listeners.add(own);
    return () => {
      if (!listeners.delete(own) || listeners.size > 0) return;
      this.listeners.delete(eventType);
      try {
        this.mailbox.removeHandlerAsync(eventType);
      } catch {
        // Nothing to undo when registration failed.
      }
    };
  }

  /** Gives Office the one handler of an event type, calling the type's listeners. */
  private register(eventType: Office.EventType): Set<(args: unknown) => void> {
    const listeners = new Set<(args: unknown) => void>();
    this.listeners.set(eventType, listeners);
    try {
      this.mailbox.addHandlerAsync(eventType, (args: unknown) => {
        // A copy, asked again before each call: a listener may remove another, or add one, while called.
        for (const listener of [...listeners]) if (listeners.has(listener)) listener(args);
      });
    } catch {
      // Older clients throw for unknown event types: the pane then works without that event.
    }
    return listeners;
  }
}

/** How long to wait for Office.js to load and Office.onReady to answer before working standalone. */
const OFFICE_READY_TIMEOUT_MS = 8000;

/**
 * Decides where the pane runs. Never rejects: a missing Office.js (blocked, offline, plain browser), one
 * that stalls while loading, a host that is not Outlook, or an Office.onReady that never answers all become
 * standalone mode. One deadline covers loading and the onReady answer.
 */
export function connectToHost(
  loadOffice: () => Promise<typeof Office | undefined> = () => loadOfficeScript(),
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<HostConnection> {
  return new Promise((resolve) => {
    let loaded = false;
    let settled = false;
    const settle = (connection: HostConnection): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(connection);
    };
    const timer = setTimeout(
      () =>
        settle({
          mode: 'standalone',
          reason: loaded
            ? 'Outlook did not answer in time: working without it.'
            : 'Office.js did not load in time: working without Outlook.',
        }),
      timeoutMs,
    );
    const fail = (error: unknown): void =>
      settle({ mode: 'standalone', reason: `Office.js failed to start: ${String(error)}` });
    loadOffice().then((office) => {
      loaded = true;
      if (!office || typeof office.onReady !== 'function') {
        settle({ mode: 'standalone', reason: 'Office.js is not loaded: this page runs outside Outlook.' });
        return;
      }
      try {
        office
          .onReady()
          .then((info) => {
            if (info?.host === office.HostType.Outlook && office.context?.mailbox) {
              settle({ mode: 'mailbox', host: new OfficeMailboxHost(office) });
            } else {
              settle({
                mode: 'standalone',
                reason: 'No Outlook host found: paste headers or open an .eml file.',
              });
            }
          })
          .catch(fail);
      } catch (error) {
        fail(error);
      }
    }, fail);
  });
}
