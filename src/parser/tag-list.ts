import { locateField } from './fields';
import type { ArcSeal, DkimSignature, HeaderField } from './types';
import { createRecord } from './record';
import { nameHash, SeenNames } from './seen-names';
import { asciiTrimEnd, asciiTrimStart, trimmedSlice } from './trimmed-slice';
import type { WarningSink } from './warnings';

/**
 * DKIM tag-list (RFC 6376 §3.2): `tag=value; tag=value`, tag names lower-cased, folding whitespace removed
 * from values (b= and bh= are folded base64). The first occurrence of a tag wins; a repeat is a warning.
 */
export function parseTagList(field: HeaderField, warnings: WarningSink): Record<string, string> {
  const tags = createRecord();
  const seen = new SeenNames();
  const value = field.value;
  let start = 0;
  while (start <= value.length) {
    let end = value.indexOf(';', start);
    if (end < 0) end = value.length;
    // The name runs to the tag's first '=' (`eq === end`: none) and is read in place: a flood repeats
    // a few names, and only a name kept as a key is cut out of the value.
    let eq = start;
    while (eq < end && value.charCodeAt(eq) !== 61 /* = */) eq++;
    const from = asciiTrimStart(value, start, eq);
    const to = asciiTrimEnd(value, from, eq);
    const hash = nameHash(value, from, to);
    // A name with non-ASCII characters is cut out at once: its trim and lower-casing are Unicode's.
    let name = hash < 0 ? trimmedSlice(value, from, to).toLowerCase() : null;
    const empty = name === null ? from === to : name.length === 0;
    if (eq === end) {
      if (!empty) warnings.addAt(field, start, tagWithoutValue);
    } else if (empty) {
      warnings.addAt(field, start, 'Tag with an empty name: skipped');
    } else if (name === null ? seen.hasRange(value, from, to, hash) : seen.has(name)) {
      warnings.addAt(field, start, repeatedTag);
    } else {
      name ??= value.slice(from, to).toLowerCase();
      seen.add(name);
      tags[name] = withoutFoldingWhitespace(value.slice(eq + 1, end));
    }
    start = end + 1;
  }
  return tags;
}

/** The name of the tag that starts at `offset` of `value`, as parseTagList reads it (for a warning). */
function tagNameAt(value: string, offset: number): string {
  let end = value.indexOf(';', offset);
  if (end < 0) end = value.length;
  let eq = offset;
  while (eq < end && value.charCodeAt(eq) !== 61 /* = */) eq++;
  return trimmedSlice(value, offset, eq).toLowerCase();
}

function tagWithoutValue(field: HeaderField, offset: number): string {
  return `Tag "${truncate(tagNameAt(field.value, offset))}" has no "=value": skipped`;
}

function repeatedTag(field: HeaderField, offset: number): string {
  return `Tag "${truncate(tagNameAt(field.value, offset))}" appears twice: the first is used`;
}

/** Folding whitespace inside a tag value (b= and bh= are folded base64). */
const FOLDING_WHITESPACE = /[ \t\r\n]+/g;

/**
 * A tag value with its folding whitespace removed. One regex pass, which returns a value with none (most
 * of them) as it is: scanning for whitespace first in a char loop cost more than the regex's own scan.
 */
function withoutFoldingWhitespace(text: string): string {
  return text.replace(FOLDING_WHITESPACE, '');
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** ARC instance `i=` (1..50 per RFC 8617 §4.2.1); null with a warning when missing or unreadable. */
function readInstance(
  tags: Record<string, string>,
  field: HeaderField,
  warnings: WarningSink,
): number | null {
  const raw = tags['i'];
  if (raw === undefined) {
    warnings.add(field.name, field.line, 'No "i=" instance tag');
    return null;
  }
  if (!/^[0-9]{1,3}$/.test(raw)) {
    warnings.add(field.name, field.line, `Instance "i=${truncate(raw)}" is not a number`);
    return null;
  }
  const n = Number(raw);
  if (n < 1 || n > 50) warnings.add(field.name, field.line, `Instance i=${n} is outside 1..50 (RFC 8617)`);
  return n;
}

function lowerOrNull(value: string | undefined): string | null {
  return value === undefined || value.length === 0 ? null : value.toLowerCase();
}

/** DKIM-Signature (RFC 6376 §3.5). */
export function parseDkimSignature(field: HeaderField, warnings: WarningSink): DkimSignature {
  const tags = parseTagList(field, warnings);
  for (const required of ['v', 'a', 'b', 'bh', 'd', 'h', 's']) {
    if (!(required in tags)) warnings.add(field.name, field.line, `Required tag "${required}=" is missing`);
  }
  return {
    tags,
    domain: lowerOrNull(tags['d']),
    selector: tags['s'] || null,
    instance: null,
    loc: locateField(field),
  };
}

/** ARC-Message-Signature (RFC 8617 §4.1.2): DKIM tags, with `i=` the ARC instance. */
export function parseArcMessageSignature(field: HeaderField, warnings: WarningSink): DkimSignature {
  const tags = parseTagList(field, warnings);
  return {
    tags,
    domain: lowerOrNull(tags['d']),
    selector: tags['s'] || null,
    instance: readInstance(tags, field, warnings),
    loc: locateField(field),
  };
}

/** ARC-Seal (RFC 8617 §4.1.3): i, cv, d, s. */
export function parseArcSeal(field: HeaderField, warnings: WarningSink): ArcSeal {
  const tags = parseTagList(field, warnings);
  const cv = lowerOrNull(tags['cv']);
  if (cv === null) warnings.add(field.name, field.line, 'No "cv=" chain validation tag');
  return {
    instance: readInstance(tags, field, warnings),
    cv,
    domain: lowerOrNull(tags['d']),
    selector: tags['s'] || null,
    loc: locateField(field),
  };
}
