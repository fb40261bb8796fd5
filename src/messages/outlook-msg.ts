/**
 * Outlook's .msg files (MS-OXMSG: an OLE compound file of MAPI properties), read with
 * @kenjiuno/msgreader. The reader is loaded only when a .msg is met: the pane keeps it out of its first
 * download, and most command-line runs never need it.
 */
import type { FieldsData } from '@kenjiuno/msgreader';
import { isMessageAttachment } from './attachment-kind';

/** The first bytes of every OLE compound file (MS-CFB §2.2). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** One Outlook item, as far as a diagnosis needs it. */
export interface OutlookMessage {
  /** The internet headers as received (PidTagTransportMessageHeaders); null when Outlook kept none. */
  headers: string | null;
  /** The plain-text body (PidTagBody): where a bounce states its status code. */
  body: string | null;
  /** Attachments that are messages, in the item's order. */
  attachments: OutlookAttachment[];
}

export type OutlookAttachment =
  /** An Outlook item attached as such (an embedded message storage). */
  | { kind: 'item'; message: OutlookMessage }
  /** A file (.eml, .msg, message/rfc822): its bytes, or null when they cannot be read. */
  | { kind: 'file'; bytes: () => Uint8Array | null };

export type OutlookResult = { ok: true; message: OutlookMessage } | { ok: false; reason: string };

type MsgReaderClass = (typeof import('@kenjiuno/msgreader'))['default'];
type MsgReaderInstance = InstanceType<MsgReaderClass>;

let reader: Promise<MsgReaderClass> | null = null;

/** Loads the reader once; a failed load is forgotten so that the next .msg tries again. */
function loadReader(): Promise<MsgReaderClass> {
  reader ??= import(/* webpackChunkName: "msgreader" */ '@kenjiuno/msgreader').then(
    (module) => module.default,
    (error: unknown) => {
      reader = null;
      throw error;
    },
  );
  return reader;
}

/** Reads a .msg file. Never rejects: a file the reader cannot make sense of gives the reason. */
export async function readOutlookMsg(bytes: Uint8Array): Promise<OutlookResult> {
  let MsgReader: MsgReaderClass;
  try {
    MsgReader = await loadReader();
  } catch (error) {
    return { ok: false, reason: `the .msg reader could not be loaded (${describe(error)})` };
  }
  try {
    // The reader wants an ArrayBuffer of the file alone: a copy, since `bytes` may be a view into a larger
    // buffer (and a Node Buffer's slice() is such a view too).
    const msg = new MsgReader(new Uint8Array(bytes).buffer);
    const fields = msg.getFileData();
    if (fields.dataType !== 'msg') return { ok: false, reason: 'it is an OLE file but not an Outlook item' };
    return { ok: true, message: toMessage(fields, msg) };
  } catch (error) {
    // The reader throws on storages and streams that point outside the file (a cut or damaged file).
    return { ok: false, reason: `it is damaged or cut short (${describe(error)})` };
  }
}

function toMessage(fields: FieldsData, msg: MsgReaderInstance): OutlookMessage {
  const attachments: OutlookAttachment[] = [];
  for (const attachment of fields.attachments ?? []) {
    const name = attachment.fileName ?? attachment.name ?? attachment.fileNameShort ?? '';
    if (attachment.innerMsgContent === true && attachment.innerMsgContentFields) {
      attachments.push({ kind: 'item', message: toMessage(attachment.innerMsgContentFields, msg) });
    } else if (isMessageAttachment(name, attachment.attachMimeTag ?? null)) {
      attachments.push({
        kind: 'file',
        bytes: () => {
          try {
            return msg.getAttachment(attachment).content;
          } catch {
            return null;
          }
        },
      });
    }
  }
  return {
    headers: nonEmpty(fields.headers),
    body: nonEmpty(fields.body),
    attachments,
  };
}

function nonEmpty(text: string | undefined): string | null {
  return text !== undefined && text.trim() !== '' ? text : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
