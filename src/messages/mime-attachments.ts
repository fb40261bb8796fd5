/**
 * The attached messages of one MIME message (a forwarded original, a bounce's returned copy, an attached
 * .msg), found with postal-mime. Each comes out decoded (base64, quoted-printable), ready to be read as a
 * message of its own.
 */
import PostalMime from 'postal-mime';
import { isMessageAttachment } from './attachment-kind';

/** The bytes of each attachment that is a message, decoded (base64, quoted-printable). */
export type MimeAttachments = { ok: true; attachments: Uint8Array[] } | { ok: false; reason: string };

/**
 * Cheap test of whether a message may carry one: the MIME types and file extensions isMessageAttachment knows.
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
    const attachments: Uint8Array[] = [];
    for (const attachment of email.attachments) {
      if (!isMessageAttachment(attachment.filename, attachment.mimeType)) continue;
      if (typeof attachment.content === 'string') continue;
      attachments.push(
        attachment.content instanceof Uint8Array ? attachment.content : new Uint8Array(attachment.content),
      );
    }
    return { ok: true, attachments };
  } catch (error) {
    // postal-mime rejects past its nesting and header-size limits: hostile or broken structure.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
