/**
 * The one place the scan turns a file's bytes into the messages to diagnose, so another reader of formats
 * can take its place without touching the scan: today the CLI's own reading (text, .eml, header block,
 * each message of an mbox).
 */
import { splitMbox } from '../mbox';
import { decodeInput } from '../read-input';

export type FileMessages = { ok: true; messages: string[] } | { ok: false; message: string };

export function messagesOfFile(bytes: Uint8Array, name: string): FileMessages {
  const input = decodeInput(bytes, name);
  return input.ok ? { ok: true, messages: splitMbox(input.text) } : input;
}
