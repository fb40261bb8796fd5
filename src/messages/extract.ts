/**
 * Every message a file holds, each to be diagnosed in its own right: an .eml or a header block, each
 * message of an mbox, an Outlook .msg (its internet headers), and the messages attached to any of them
 * (a forwarded original, the copy a bounce returns, an attached .msg), however deep, within limits.
 * Never rejects: what cannot be read becomes a problem that says where and why, and the rest is kept.
 */
import { parseHeaders } from '../parser';
import { isBounce, withBody } from './bounce-body';
import { decodeInput } from './decode-text';
import { splitMbox } from './mbox';
import { mimeAttachments } from './mime-attachments';
import { isOleFile, readOutlookMsg, type OutlookAttachment, type OutlookMessage } from './outlook-msg';

/** Where a message sits in its file. */
export interface MessagePlace {
  /** 1-based place in an mbox of several messages; null when the file holds one. */
  index: number | null;
  /** "attached message 1 of 2" (nested: "attached message 2 of 2, attached message 1 of 1"); null for the file's own message. */
  attachment: string | null;
}

export interface FoundMessage extends MessagePlace {
  /** The place for people: "message 3 of 10, attached message 1 of 2", or "the message". */
  label: string;
  /** The message's header block (with its body when it has one), as the parser reads it. */
  text: string;
}

export interface ExtractionProblem extends MessagePlace {
  /** One sentence naming the file and the place: what could not be read, and why. */
  message: string;
  /** Messages found before it, so that a report can keep the file's order. */
  after: number;
}

export interface Extraction {
  messages: FoundMessage[];
  problems: ExtractionProblem[];
}

/** Attached inside attached inside attached: deeper nesting is an attack, not mail. */
const MAX_DEPTH = 3;
/** Attached messages read per file; a real file holds a few. */
const MAX_ATTACHED = 100;

/**
 * The messages of a file: `bytes` as read, `fileName` as the user named it (it stands in the problems).
 */
export async function extractMessages(bytes: Uint8Array, fileName: string): Promise<Extraction> {
  const extraction = new Collector(fileName);
  if (isOleFile(bytes)) {
    await extraction.fromBytes(bytes, TOP, 0);
    return extraction.result();
  }
  const decoded = decodeInput(bytes, fileName);
  if (!decoded.ok) {
    extraction.problem(TOP, decoded.message);
    return extraction.result();
  }
  const texts = splitMbox(decoded.text);
  extraction.topLevel = texts.length;
  for (const [i, text] of texts.entries()) {
    await extraction.fromText(text, { index: texts.length > 1 ? i + 1 : null, attachment: null }, 0);
  }
  return extraction.result();
}

const TOP: MessagePlace = { index: null, attachment: null };

class Collector {
  private readonly messages: FoundMessage[] = [];
  private readonly problems: ExtractionProblem[] = [];
  private attached = 0;
  /** Messages at the top of the file (several in an mbox), for "message 3 of 10". */
  topLevel = 1;

  constructor(private readonly fileName: string) {}

  result(): Extraction {
    return { messages: this.messages, problems: this.problems };
  }

  problem(place: MessagePlace, message: string): void {
    this.problems.push({ ...place, message, after: this.messages.length });
  }

  /** "inbox.mbox message 3, attached message 1 of 2": the file and the place, for problems. */
  private where(place: MessagePlace): string {
    const parts = [place.index === null ? null : `message ${place.index}`, place.attachment];
    const inside = parts.filter((part) => part !== null).join(', ');
    return inside === '' ? this.fileName : `${this.fileName} ${inside}`;
  }

  private label(place: MessagePlace): string {
    const parts = [
      place.index === null ? null : `message ${place.index} of ${this.topLevel}`,
      place.attachment,
    ];
    const label = parts.filter((part) => part !== null).join(', ');
    return label === '' ? 'the message' : label;
  }

  private add(place: MessagePlace, text: string): void {
    // An attached part is not known to be headers until looked at; the file's own messages are judged
    // by the caller, which already says when a file holds no header fields.
    if (place.attachment !== null && parseHeaders(text).fields.length === 0) {
      this.problem(place, `${this.where(place)} holds no header fields`);
      return;
    }
    this.messages.push({ ...place, label: this.label(place), text });
  }

  /** An attached file (or the whole file) whose format is not known yet: .msg or text. */
  async fromBytes(bytes: Uint8Array, place: MessagePlace, depth: number): Promise<void> {
    if (isOleFile(bytes)) {
      const read = await readOutlookMsg(bytes);
      if (read.ok) await this.fromOutlook(read.message, place, depth);
      else
        this.problem(
          place,
          `${this.where(place)} is an Outlook .msg file that cannot be read: ${read.reason}`,
        );
      return;
    }
    const decoded = decodeInput(bytes, this.where(place));
    if (decoded.ok) await this.fromText(decoded.text, place, depth);
    else this.problem(place, decoded.message);
  }

  async fromText(text: string, place: MessagePlace, depth: number): Promise<void> {
    this.add(place, text);
    if (depth >= MAX_DEPTH) return;
    const found = await mimeAttachments(text);
    if (!found.ok) {
      this.problem(place, `the attachments of ${this.where(place)} cannot be read: ${found.reason}`);
      return;
    }
    await this.children(
      place,
      found.attachments.map((bytes) => (child) => this.fromBytes(bytes, child, depth + 1)),
    );
  }

  private async fromOutlook(message: OutlookMessage, place: MessagePlace, depth: number): Promise<void> {
    if (message.headers === null) {
      this.problem(
        place,
        `${this.where(place)} is an Outlook item without internet headers: Outlook keeps them only for ` +
          'mail it received, so a draft or a sent item has none (save the received copy instead)',
      );
    } else {
      const { headers, body } = message;
      this.add(place, isBounce(headers) ? withBody(headers, body) : headers);
    }
    if (depth >= MAX_DEPTH) return;
    await this.children(
      place,
      message.attachments.map(
        (attachment) => (child) => this.fromOutlookAttachment(attachment, child, depth),
      ),
    );
  }

  private async fromOutlookAttachment(
    attachment: OutlookAttachment,
    place: MessagePlace,
    depth: number,
  ): Promise<void> {
    if (attachment.kind === 'item') return this.fromOutlook(attachment.message, place, depth + 1);
    const bytes = attachment.bytes();
    if (bytes === null) this.problem(place, `${this.where(place)} cannot be read from the .msg file`);
    else await this.fromBytes(bytes, place, depth + 1);
  }

  /** Reads each attached message under its own label, "attached message i of n", up to the file's limit. */
  private async children(
    parent: MessagePlace,
    readers: Array<(place: MessagePlace) => Promise<void>>,
  ): Promise<void> {
    for (const [i, read] of readers.entries()) {
      const own = `attached message ${i + 1} of ${readers.length}`;
      const place = {
        index: parent.index,
        attachment: parent.attachment === null ? own : `${parent.attachment}, ${own}`,
      };
      if (this.attached >= MAX_ATTACHED) {
        this.problem(
          place,
          `${this.where(place)} and the rest are not read: a file is read for ${MAX_ATTACHED} attached messages at most`,
        );
        return;
      }
      this.attached++;
      await read(place);
    }
  }
}
