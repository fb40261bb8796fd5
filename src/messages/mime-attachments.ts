/**
 * The attached messages of one MIME message (a forwarded original, a bounce's returned copy, an attached
 * .msg), found with postal-mime. Each comes out decoded (base64, quoted-printable), ready to be read as a
 * message of its own.
 */
import PostalMime from 'postal-mime';
import { attachedKind, type AttachedKind } from './attachment-kind';

export interface MimeAttachment {
  kind: AttachedKind;
  name: string | null;
  bytes: Uint8Array;
}

export type MimeAttachments = { ok: true; attachments: MimeAttachment[] } | { ok: false; reason: string };

/**
 * Cheap test of whether a message may carry one: the MIME types and file extensions attachedKind knows.
 * Most messages carry none and are never given to the MIME parser.
 */
const MAY_CARRY = /message\/(?:rfc822|global)|rfc822-headers|vnd\.ms-outlook|\.(?:msg|eml)\b/i;

/** The message-like attachments of `text`, in the message's order. Never rejects. */
export async function mimeAttachments(text: string): Promise<MimeAttachments> {
  if (!MAY_CARRY.test(text)) return { ok: true, attachments: [] };
  try {
    // Every message/rfc822 part as an attachment: postal-mime would otherwise merge an inline one into
    // the outer message's text, and the original would be lost as a message of its own.
    const email = await PostalMime.parse(text, { forceRfc822Attachments: true });
    const attachments: MimeAttachment[] = [];
    for (const attachment of email.attachments) {
      const kind = attachedKind(attachment.filename, attachment.mimeType);
      if (kind === null || typeof attachment.content === 'string') continue;
      const bytes =
        attachment.content instanceof Uint8Array ? attachment.content : new Uint8Array(attachment.content);
      attachments.push({ kind, name: attachment.filename, bytes });
    }
    return { ok: true, attachments };
  } catch (error) {
    // postal-mime rejects past its nesting and header-size limits: hostile or broken structure.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
