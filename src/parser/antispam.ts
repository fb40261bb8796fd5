import { locateField } from './fields';
import { createRecord } from './record';
import { isAsciiTrimmed, trimmedSlice } from './trimmed-slice';
import type { AntispamReport, HeaderField, Location, MailboxDelivery } from './types';
import type { WarningSink } from './warnings';

/**
 * What an antispam key looks like (CIP, SFV, SFTY, BCL, ARA, ENG, dest …, upper-cased). Anything else is
 * no key Microsoft writes, and a key is shown in reports: one carrying control characters could repaint
 * a terminal, so it is dropped here rather than trusted downstream.
 */
const ANTISPAM_KEY = /^[A-Z0-9]{1,16}$/;
/** Mailbox-Delivery keys also come hyphenated (WIMS-AUTH, WIMS-SPF): still no character a terminal acts on. */
const MAILBOX_DELIVERY_KEY = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

/**
 * X-Forefront-Antispam-Report / X-Microsoft-Antispam: `KEY:value;KEY:value`. Keys are upper-cased; a value
 * may itself contain ':' (CIP:2001:db8::1, SFS:(…):…), so each entry is split on its FIRST ':' only.
 * The first value of a repeated key wins.
 */
export function parseAntispamReport(field: HeaderField, warnings: WarningSink): AntispamReport {
  const fields = readKeyValues(field, warnings, ANTISPAM_KEY);
  // DIR:OUT is written by the sending tenant's outbound filter and travels with the message.
  return { fields, outbound: fields['DIR']?.toUpperCase() === 'OUT', loc: locateField(field) };
}

function readKeyValues(
  field: HeaderField,
  warnings: WarningSink,
  keyPattern: RegExp,
): Record<string, string> {
  const fields = createRecord();
  const value = field.value;
  // The first ':' at or after `start`, found again only once an entry passes it: one forward search for
  // the whole value, however many entries lack a colon.
  let colon = -1;
  let start = 0;
  while (start <= value.length) {
    // Empty entries (";;", "; ;", a run of them in hostile input) are passed over in one loop by index,
    // without a copy or a search for each one's end: `start` moves past each ';'. (An entry of whitespace
    // alone yields nothing either way: its trimmed text is empty.)
    let first = start;
    for (; first < value.length; first++) {
      const code = value.charCodeAt(first);
      if (code === 59 /* ; */) start = first + 1;
      else if (!isAsciiTrimmed(code)) break;
    }
    if (first === value.length) break;
    let end = value.indexOf(';', first);
    if (end < 0) end = value.length;
    if (colon < start) {
      colon = value.indexOf(':', start);
      if (colon < 0) colon = value.length + 1;
    }
    if (colon >= end) {
      const entry = trimmedSlice(value, start, end);
      if (entry.length > 0) {
        warnings.addAt(field, start, () => `Entry "${entry.slice(0, 40)}" has no "KEY:": skipped`);
      }
    } else {
      const key = trimmedSlice(value, start, colon).toUpperCase();
      if (!keyPattern.test(key)) {
        warnings.addAt(field, start, () => `Key "${key.slice(0, 40)}" is not an antispam key: dropped`);
      } else if (fields[key] === undefined) {
        // Values are strings: `=== undefined` asks what `in` would, without V8's slow path for `in` with a
        // key cut from the text.
        fields[key] = trimmedSlice(value, colon + 1, end);
      }
    }
    start = end + 1;
  }
  return fields;
}

/** dest: letters as Microsoft writes them (Oxford IT, https://help.it.ox.ac.uk/examine-junk-mail-delivery). */
const DESTINATIONS: Readonly<Record<string, MailboxDelivery['destination']>> = {
  I: 'inbox',
  J: 'junk',
  C: 'custom',
};

/** `ucf:1` / `jmr:0` flags: true, false, or null when absent or not 0/1. */
function flag(value: string | undefined): boolean | null {
  return value === '1' ? true : value === '0' ? false : null;
}

/**
 * X-Microsoft-Antispam-Mailbox-Delivery (`ucf:0;jmr:0;auth:1;dest:J;OFR:SpamFilterAuthJ;ENG:(…)`): where the
 * mailbox put the message and which filter decided, written when the message reaches the mailbox.
 */
export function parseMailboxDelivery(field: HeaderField, warnings: WarningSink): MailboxDelivery {
  const fields = readKeyValues(field, warnings, MAILBOX_DELIVERY_KEY);
  const dest = fields['DEST']?.toUpperCase() || null;
  return {
    destination: dest !== null && Object.hasOwn(DESTINATIONS, dest) ? DESTINATIONS[dest] : null,
    destCode: dest,
    filter: fields['OFR'] || null,
    userRule: flag(fields['UCF']),
    junkMailRule: flag(fields['JMR']),
    fields,
    loc: locateField(field),
  };
}

/** X-MS-Exchange-Organization-SCL: -1 (trusted) to 9; null when the value is no such number. */
export function parseOrganizationScl(
  field: HeaderField,
  warnings: WarningSink,
): { value: number; loc: Location } | null {
  const text = field.value.trim();
  if (!/^-?[0-9]$/.test(text) || Number(text) < -1) {
    warnings.add(field.name, field.line, `SCL "${text.slice(0, 40)}" is not a number from -1 to 9`);
    return null;
  }
  return { value: Number(text), loc: locateField(field) };
}
