/**
 * Outlook .msg files built in the tests, since real ones cannot be committed: an OLE compound file (the
 * `cfb` package) laid out as MS-OXMSG describes it. Property streams name each property; string and
 * binary values live in `__substg1.0_<id><type>` streams (UTF-16LE for type 001F); an attachment is a
 * storage `__attach_version1.0_#<n>`, and an attached Outlook item is a storage `__substg1.0_3701000D`
 * inside it holding a message of the same layout.
 * https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxmsg/
 */
import * as CFB from 'cfb';

export interface MsgSpec {
  /** PidTagTransportMessageHeaders: absent in a draft or a sent item. */
  headers?: string;
  subject?: string;
  body?: string;
  /** PidTagMessageClass, "IPM.Note" unless given. */
  messageClass?: string;
  attachments?: AttachmentSpec[];
}

export type AttachmentSpec =
  | { kind: 'item'; name: string; message: MsgSpec }
  | { kind: 'file'; name: string; mimeType?: string; bytes: Uint8Array };

const TYPE_INT32 = 0x0003;
const TYPE_UNICODE = 0x001f;
const TYPE_BINARY = 0x0102;
const TYPE_OBJECT = 0x000d;

const PID_SUBJECT = 0x0037;
const PID_MESSAGE_CLASS = 0x001a;
const PID_TRANSPORT_HEADERS = 0x007d;
const PID_BODY = 0x1000;
const PID_ATTACH_DATA = 0x3701;
const PID_ATTACH_METHOD = 0x3705;
const PID_ATTACH_LONG_FILENAME = 0x3707;
const PID_ATTACH_MIME_TAG = 0x370e;
/** PidTagAttachMethod values: afByValue (a file) and afEmbeddedMessage (an Outlook item). */
const ATTACH_BY_VALUE = 1;
const ATTACH_EMBEDDED_MESSAGE = 5;

const hex = (value: number, digits: number): string => value.toString(16).toUpperCase().padStart(digits, '0');
const streamName = (id: number, type: number): string => `__substg1.0_${hex(id, 4)}${hex(type, 4)}`;

/** One 16-byte property entry (MS-OXMSG §2.4.2): tag, flags, then the value or the stream's size. */
function propertyEntry(id: number, type: number, value: number): Buffer {
  const entry = Buffer.alloc(16);
  entry.writeUInt32LE(((id << 16) | type) >>> 0, 0);
  entry.writeUInt32LE(0x6, 4); // readable and writable
  entry.writeUInt32LE(value, 8);
  return entry;
}

class Storage {
  private readonly entries: Buffer[] = [];

  constructor(
    private readonly cfb: CFB.CFB$Container,
    private readonly path: string,
  ) {}

  text(id: number, value: string): void {
    const bytes = Buffer.from(`${value}\u0000`, 'utf16le');
    this.stream(id, TYPE_UNICODE, bytes);
  }

  binary(id: number, bytes: Uint8Array): void {
    this.stream(id, TYPE_BINARY, Buffer.from(bytes));
  }

  int32(id: number, value: number): void {
    this.entries.push(propertyEntry(id, TYPE_INT32, value));
  }

  object(id: number): string {
    this.entries.push(propertyEntry(id, TYPE_OBJECT, 0xffffffff));
    return `${this.path}/${streamName(id, TYPE_OBJECT)}`;
  }

  /** Writes `__properties_version1.0` after `header` (its size depends on the storage's role). */
  properties(header: Buffer): void {
    CFB.utils.cfb_add(
      this.cfb,
      `${this.path}/__properties_version1.0`,
      Buffer.concat([header, ...this.entries]),
    );
  }

  private stream(id: number, type: number, bytes: Buffer): void {
    CFB.utils.cfb_add(this.cfb, `${this.path}/${streamName(id, type)}`, bytes);
    this.entries.push(propertyEntry(id, type, bytes.length));
  }
}

/** The property stream header of a message (§2.4.1): 32 bytes at the top, 24 for an attached item. */
function messageHeader(spec: MsgSpec, top: boolean): Buffer {
  const header = Buffer.alloc(top ? 32 : 24);
  const attachments = spec.attachments?.length ?? 0;
  header.writeUInt32LE(0, 8); // next recipient id
  header.writeUInt32LE(attachments, 12); // next attachment id
  header.writeUInt32LE(0, 16); // recipient count
  header.writeUInt32LE(attachments, 20); // attachment count
  return header;
}

function writeMessage(cfb: CFB.CFB$Container, path: string, spec: MsgSpec, top: boolean): void {
  const storage = new Storage(cfb, path);
  storage.text(PID_MESSAGE_CLASS, spec.messageClass ?? 'IPM.Note');
  if (spec.subject !== undefined) storage.text(PID_SUBJECT, spec.subject);
  if (spec.headers !== undefined) storage.text(PID_TRANSPORT_HEADERS, spec.headers);
  if (spec.body !== undefined) storage.text(PID_BODY, spec.body);
  for (const [n, attachment] of (spec.attachments ?? []).entries()) {
    const attachPath = `${path}/__attach_version1.0_#${hex(n, 8)}`;
    const attach = new Storage(cfb, attachPath);
    attach.text(PID_ATTACH_LONG_FILENAME, attachment.name);
    if (attachment.kind === 'item') {
      attach.int32(PID_ATTACH_METHOD, ATTACH_EMBEDDED_MESSAGE);
      writeMessage(cfb, attach.object(PID_ATTACH_DATA), attachment.message, false);
    } else {
      attach.int32(PID_ATTACH_METHOD, ATTACH_BY_VALUE);
      if (attachment.mimeType !== undefined) attach.text(PID_ATTACH_MIME_TAG, attachment.mimeType);
      attach.binary(PID_ATTACH_DATA, attachment.bytes);
    }
    attach.properties(Buffer.alloc(8));
  }
  storage.properties(messageHeader(spec, top));
}

/** The bytes of a .msg file holding `spec`. */
export function buildMsg(spec: MsgSpec): Buffer {
  const cfb = CFB.utils.cfb_new();
  writeMessage(cfb, 'Root Entry', spec, true);
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
