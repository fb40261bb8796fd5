/**
 * Which attachments are messages in their own right: a forwarded-as-attachment original, the original a
 * bounce returns, an Outlook item dragged into a mail. Told by MIME type or, for the generic types mail
 * clients give files (application/octet-stream), by the file name's extension.
 */

/** Whole messages (RFC 2046 §5.2.1, RFC 6532 §3.7 for internationalised mail). */
const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);
/** A bounce's copy of the original's header block alone (RFC 6522 §4, RFC 6533 §6.3). */
const HEADER_TYPES = new Set(['text/rfc822-headers', 'message/global-headers']);
/** Outlook's own type for a .msg file. */
const OUTLOOK_TYPES = new Set(['application/vnd.ms-outlook']);

/** Whether an attachment holds a message (or a message's header block), rather than some other file. */
export function isMessageAttachment(fileName: string | null, mimeType: string | null): boolean {
  const type = (mimeType ?? '').trim().toLowerCase();
  if (MESSAGE_TYPES.has(type) || HEADER_TYPES.has(type) || OUTLOOK_TYPES.has(type)) return true;
  const name = (fileName ?? '').trim().toLowerCase();
  return name.endsWith('.msg') || name.endsWith('.eml');
}
