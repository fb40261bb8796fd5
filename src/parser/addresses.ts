// postal-mime's declarations mention DOM types (Blob, ReadableStream, TextDecoder) for its MIME parser
// only; the functions used (addressParser here, decodeWords in ./encoded-words.ts) take and return strings,
// so the ES2022-only core check passes (skipLibCheck leaves the unused declarations alone). At run time
// decodeWords needs TextDecoder, which browsers and Node provide as a global.
import { addressParser } from 'postal-mime';
import { decodeEncodedWords } from './encoded-words';
import { locateField } from './fields';
import { domainToAscii } from './punycode';
import type { HeaderField, MailAddress } from './types';
import type { WarningSink } from './warnings';

/**
 * Longest address field handed to addressParser. Real From/Sender/Reply-To fields are far shorter; the
 * cap bounds the cost of hostile input (addressParser is linear but slow per character).
 */
const MAX_ADDRESS_FIELD = 8192;

/** A mailbox as postal-mime's addressParser returns it (groups carry their members in `group`). */
interface ParsedAddress {
  name: string;
  address?: string;
  group?: ParsedAddress[];
}

/** First mailbox of a list, looking inside groups ("Team: a@b.c;"). */
function firstMailbox(list: ParsedAddress[]): ParsedAddress | null {
  for (const entry of list) {
    if (entry.group) {
      const inner = firstMailbox(entry.group);
      if (inner) return inner;
    } else {
      return entry;
    }
  }
  return null;
}

/** Every mailbox of a list field (To, Cc), groups opened, at most `max`; unreadable text gives []. */
export function parseMailboxList(field: HeaderField, max: number): { name: string; address: string }[] {
  let list: ParsedAddress[];
  try {
    list = addressParser(field.value.slice(0, MAX_ADDRESS_FIELD)) as ParsedAddress[];
  } catch {
    return [];
  }
  const flat = list.flatMap((entry) => entry.group ?? [entry]);
  return flat
    .filter((entry) => entry.address)
    .slice(0, max)
    .map((entry) => ({ name: decodeEncodedWords(entry.name ?? ''), address: (entry.address ?? '').trim() }));
}

/** Lower-cased ASCII domain of an addr-spec ("" when there is no '@'); IDN labels become punycode. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  let domain = address.slice(at + 1).trim();
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  // A domain literal ([192.0.2.1]) is kept as written.
  return domain.startsWith('[') ? domain : domainToAscii(domain);
}

/**
 * The first mailbox of From / Sender / Reply-To / Return-Path. Display names may hold commas, quotes,
 * comments and RFC 2047 encoded words (postal-mime's addressParser handles all of them); the null
 * reverse-path `<>` gives address "".
 */
export function parseMailbox(field: HeaderField, warnings: WarningSink): MailAddress {
  let list: ParsedAddress[] = [];
  let text = field.value;
  if (text.length > MAX_ADDRESS_FIELD) {
    warnings.add(field.name, field.line, `Field is ${text.length} characters long: only the start is read`);
    text = text.slice(0, MAX_ADDRESS_FIELD);
  }
  try {
    list = addressParser(text) as ParsedAddress[];
  } catch {
    warnings.add(field.name, field.line, 'Address could not be read');
  }
  const box = firstMailbox(list);
  const address = (box?.address ?? '').trim();
  const rawName = box?.name ?? '';
  const name = decodeEncodedWords(rawName);
  const isNullPath = field.key === 'return-path' && field.value.replace(/\s+/g, '') === '<>';
  if (!isNullPath && (address.length === 0 || !address.includes('@'))) {
    warnings.add(field.name, field.line, `No e-mail address found in "${field.value.slice(0, 60)}"`);
  }
  return { name, address, domain: domainOf(address), loc: locateField(field) };
}
