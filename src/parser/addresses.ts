import { readAddressList, type ListedMailbox } from './address-list';
import { decodeEncodedWords } from './encoded-words';
import { locateField, unfoldedHead, unfoldedLength } from './fields';
import { domainToAscii } from './punycode';
import type { HeaderField, MailAddress } from './types';
import type { WarningSink } from './warnings';

/**
 * Longest address field read. Real From/Sender/Reply-To fields are far shorter; the cap bounds the
 * cost of hostile input.
 */
const MAX_ADDRESS_FIELD = 8192;
/** Mailboxes kept from one list (To, Cc): a real message names a handful. */
const MAX_MAILBOXES = 100;

/** Lower-cased ASCII domain of an addr-spec ("" when there is no '@'); IDN labels become punycode. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  let domain = address.slice(at + 1).trim();
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  // A domain literal ([192.0.2.1], [IPv6:2001:db8::1]) is kept, lower-cased.
  return domain.startsWith('[') ? domain.toLowerCase() : domainToAscii(domain);
}

/** `<user@d>` → `user@d`, `<>` → "" (the null reverse-path). */
export function unbracketed(path: string): string {
  const t = path.trim();
  return t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1).trim() : t;
}

function readList(field: HeaderField, warnings: WarningSink): ListedMailbox[] {
  const length = unfoldedLength(field);
  if (length > MAX_ADDRESS_FIELD) {
    warnings.add(field.name, field.line, `Field is ${length} characters long: only the start is read`);
  }
  return readAddressList(unfoldedHead(field.value, MAX_ADDRESS_FIELD));
}

function mailAddress(field: HeaderField, name: string, address: string): MailAddress {
  return { name: decodeEncodedWords(name), address, domain: domainOf(address), loc: locateField(field) };
}

/**
 * The mailboxes that have an address. Name-only entries right before an angle-addr are the start of its
 * display name, cut at an unquoted comma (`Payroll, Victim Corp <ceo@victim.example>` is one mailbox,
 * "Payroll, Victim Corp"): RFC 5322 wants that comma quoted, but mailers and spoofers omit it.
 */
function withAddresses(list: ListedMailbox[], max: number): { name: string; address: string }[] {
  const out: { name: string; address: string }[] = [];
  let names: string[] = [];
  for (const box of list) {
    if (out.length >= max) break;
    if (box.address.includes('@')) {
      const name =
        box.angle && names.length > 0
          ? [...names, box.name].filter((n) => n.length > 0).join(', ')
          : box.name;
      out.push({ name, address: box.address });
      names = [];
    } else if (box.address.length === 0 && !box.angle) {
      names.push(box.name);
    } else {
      names = [];
    }
  }
  return out;
}

/**
 * The first mailbox of From / Sender / Reply-To / Return-Path, read by ./address-list.ts: display names
 * with commas, quotes, comments and RFC 2047 encoded words, comments inside the addr-spec, domain
 * literals, quoted local parts. The null reverse-path `<>` gives address "".
 */
export function parseMailbox(field: HeaderField, warnings: WarningSink): MailAddress {
  const list = readList(field, warnings);
  const box = withAddresses(list, 1)[0] ?? null;
  const isNullPath = field.key === 'return-path' && unbracketed(field.value.replace(/\s+/g, '')) === '';
  if (!isNullPath && box === null) {
    warnings.add(field.name, field.line, `No e-mail address found in "${unfoldedHead(field.value, 60)}"`);
  }
  // A name without an address ("From: Mailer") still shows who the field claims to be.
  return mailAddress(field, box?.name ?? list[0]?.name ?? '', box?.address ?? '');
}

/** Every mailbox of To / Cc that has an address. */
export function parseMailboxList(field: HeaderField, warnings: WarningSink): MailAddress[] {
  return withAddresses(readList(field, warnings), MAX_MAILBOXES).map((box) =>
    mailAddress(field, box.name, box.address),
  );
}
