/**
 * DNS messages in wire format (RFC 1035 §4), what DNS-over-HTTPS carries (RFC 8484): one question out,
 * the answer section back. Only the record types the checks read are decoded.
 */
import { formatIp } from './ip';
import type { DnsAnswer, MxRecord, RecordData, RecordType } from './resolver';

const TYPE_CODES: Record<RecordType, number> = { A: 1, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };
const CLASS_IN = 1;
const FLAG_RECURSION_DESIRED = 0x0100;

/**
 * A query with ID 0, as RFC 8484 §4.1 asks of DoH clients (it keeps HTTP caches useful); null for a
 * name no query can carry (a label over 63 octets, a non-ASCII character, over 255 octets in all).
 */
export function encodeQuery(name: string, type: RecordType): Uint8Array<ArrayBuffer> | null {
  const labels = name.replace(/\.$/, '').split('.');
  const bytes: number[] = [
    0,
    0,
    FLAG_RECURSION_DESIRED >> 8,
    FLAG_RECURSION_DESIRED & 0xff,
    0,
    1,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return null;
    bytes.push(label.length);
    for (let index = 0; index < label.length; index++) {
      const code = label.charCodeAt(index);
      if (code > 0x7e || code < 0x21) return null;
      bytes.push(code);
    }
  }
  bytes.push(0);
  if (bytes.length - 12 > 255) return null;
  const code = TYPE_CODES[type];
  bytes.push(code >> 8, code & 0xff, CLASS_IN >> 8, CLASS_IN & 0xff);
  return Uint8Array.from(bytes);
}

const RCODE_NXDOMAIN = 3;

/** The records of `type` in a response's answer section (after any CNAME), or why there are none. */
export function decodeResponse<T extends RecordType>(message: Uint8Array, type: T): DnsAnswer<T> {
  const reader = new Reader(message);
  try {
    reader.skip(2);
    const flags = reader.u16();
    const questions = reader.u16();
    const answers = reader.u16();
    reader.skip(4);
    const rcode = flags & 0x0f;
    if (rcode === RCODE_NXDOMAIN) return { ok: false, failure: 'nxdomain' };
    if (rcode === 5) return { ok: false, failure: 'refused' };
    if (rcode !== 0) return { ok: false, failure: 'servfail', detail: `RCODE ${rcode}` };
    for (let index = 0; index < questions; index++) {
      reader.name();
      reader.skip(4);
    }
    const records: RecordData[T][] = [];
    for (let index = 0; index < answers; index++) {
      reader.name();
      const recordType = reader.u16();
      reader.skip(6);
      const length = reader.u16();
      const end = reader.offset + length;
      if (recordType === TYPE_CODES[type]) records.push(readData(reader, type, end));
      reader.offset = end;
    }
    return records.length > 0 ? { ok: true, records } : { ok: false, failure: 'nodata' };
  } catch {
    return { ok: false, failure: 'servfail', detail: 'malformed DNS response' };
  }
}

function readData<T extends RecordType>(reader: Reader, type: T, end: number): RecordData[T] {
  switch (type) {
    case 'A':
      return formatIp({ version: 4, bytes: reader.bytes(4) }) as RecordData[T];
    case 'AAAA':
      return formatIp({ version: 6, bytes: reader.bytes(16) }) as RecordData[T];
    case 'MX': {
      const record: MxRecord = { priority: reader.u16(), exchange: reader.name() };
      return record as RecordData[T];
    }
    case 'TXT': {
      let text = '';
      while (reader.offset < end) text += reader.characterString();
      return text as RecordData[T];
    }
    default:
      return reader.name() as RecordData[T];
  }
}

class MalformedMessage extends Error {}

class Reader {
  offset = 0;
  constructor(private readonly message: Uint8Array) {}

  private byte(at: number): number {
    if (at >= this.message.length) throw new MalformedMessage('truncated');
    return this.message[at];
  }

  skip(count: number): void {
    if (this.offset + count > this.message.length) throw new MalformedMessage('truncated');
    this.offset += count;
  }

  u16(): number {
    const value = (this.byte(this.offset) << 8) | this.byte(this.offset + 1);
    this.offset += 2;
    return value;
  }

  bytes(count: number): number[] {
    const out: number[] = [];
    for (let index = 0; index < count; index++) out.push(this.byte(this.offset + index));
    this.offset += count;
    return out;
  }

  /** Text as Latin-1: the records read here are ASCII, and any other byte makes them invalid anyway. */
  characterString(): string {
    const length = this.byte(this.offset);
    return String.fromCharCode(...this.bytes(length + 1).slice(1));
  }

  /** A possibly compressed name (§4.1.4); jumps only backwards, so a loop cannot hang the reader. */
  name(): string {
    const labels: string[] = [];
    let at = this.offset;
    let jumped = false;
    let floor = this.offset;
    for (;;) {
      const length = this.byte(at);
      if ((length & 0xc0) === 0xc0) {
        const pointer = ((length & 0x3f) << 8) | this.byte(at + 1);
        if (!jumped) this.offset = at + 2;
        if (pointer >= floor) throw new MalformedMessage('forward compression pointer');
        jumped = true;
        floor = pointer;
        at = pointer;
        continue;
      }
      if (length === 0) {
        if (!jumped) this.offset = at + 1;
        return labels.join('.');
      }
      let label = '';
      for (let index = 1; index <= length; index++) label += String.fromCharCode(this.byte(at + index));
      labels.push(label);
      at += length + 1;
    }
  }
}
