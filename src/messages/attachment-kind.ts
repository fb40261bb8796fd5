/**
 * Which attachments are messages in their own right: a forwarded-as-attachment original, the original a
 * bounce returns, an Outlook item dragged into a mail. Told by MIME type or, for the generic types mail
 * clients give files (application/octet-stream), by the file name's extension.
 */

export type AttachedKind = 'message' | 'headers' | 'outlook';

/** Whole messages (RFC 2046 §5.2.1, RFC 6532 §3.7 for internationalised mail). */
const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);
/** A bounce's copy of the original's header block alone (RFC 6522 §4, RFC 6533 §6.3). */
const HEADER_TYPES = new Set(['text/rfc822-headers', 'message/global-headers']);
/** Outlook's own type for a .msg file. */
const OUTLOOK_TYPES = new Set(['application/vnd.ms-outlook']);

/** The kind of message an attachment holds, or null when it is some other file. */
export function attachedKind(fileName: string | null, mimeType: string | null): AttachedKind | null {
  const type = (mimeType ?? '').trim().toLowerCase();
  if (MESSAGE_TYPES.has(type)) return 'message';
  if (HEADER_TYPES.has(type)) return 'headers';
  if (OUTLOOK_TYPES.has(type)) return 'outlook';
  const name = (fileName ?? '').trim().toLowerCase();
  if (name.endsWith('.msg')) return 'outlook';
  if (name.endsWith('.eml')) return 'message';
  return null;
}
