/**
 * A bounce states its status code and the refused recipient in its body, which Outlook keeps apart from
 * the internet headers (a .msg file, the mailbox API). Put back after the headers and a blank line, as in
 * an .eml file, the engine reads it like one. Only a bounce gets its body: any other message's body is
 * the sender's text, never a status.
 */
import { splitHeaderBlock } from '../parser/fields';
import { looksLikeNdr } from '../parser/ndr';
import { WarningSink } from '../parser/warnings';

/**
 * True when the header block is a non-delivery report's, whose body is worth reading. The fields alone
 * tell: no need for the whole parse.
 */
export function isBounce(headers: string): boolean {
  return looksLikeNdr(splitHeaderBlock(headers, new WarningSink()).fields);
}

/** The headers followed by the body, as one block; the headers alone when there is no body. */
export function withBody(headers: string, body: string | null): string {
  return body === null || body.trim() === '' ? headers : `${headers.trimEnd()}\r\n\r\n${body}`;
}
