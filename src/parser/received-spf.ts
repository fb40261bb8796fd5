import { domainOfClause, statedIp } from './comment-facts';
import { unbracketed } from './addresses';
import { Cursor, wordStops } from './cursor';
import { asIp } from './ip';
import { locateField } from './fields';
import { createRecord } from './record';
import { skipSeparatorRun } from './separators';
import type { HeaderField, ReceivedSpf } from './types';
import type { WarningSink } from './warnings';

/** Characters that end the result or a key. */
const KEY_STOPS = wordStops(';=');
/** Characters that end a value. */
const VALUE_STOPS = wordStops(';');

/**
 * Received-SPF (RFC 7208 §9.1): `result [comment] key=value; key=value`. Microsoft writes the result
 * capitalised (`Pass`) and adds its own `pr=` key; Gmail puts the client IP only in the comment and the
 * `client-ip=` key. Keys are lower-cased; values lose their quotes; the first value of a key wins.
 */
export function parseReceivedSpf(field: HeaderField, warnings: WarningSink): ReceivedSpf {
  const c = new Cursor(field.value);
  const comments: string[] = [];
  c.skipCfws(comments);
  const result = c.readWord(KEY_STOPS).toLowerCase();
  if (result.length === 0) warnings.add(field.name, field.line, 'No SPF result at the start of the field');
  const params = createRecord();
  while (!c.done) {
    skipSeparatorRun(c);
    c.skipCfws(comments);
    if (c.done) break;
    if (c.peek() === ';') {
      c.pos++;
      continue;
    }
    const keyStart = c.pos;
    const key = c.readWord(KEY_STOPS).toLowerCase();
    c.skipCfws(comments);
    if (key.length === 0 || c.peek() !== '=') {
      if (key.length === 0) c.pos++; // stray ')' or '=': always make progress
      warnings.addAt(field, keyStart, () => `Unexpected text "${key.slice(0, 40)}" skipped`);
      continue;
    }
    c.pos++;
    c.skipCfws(comments);
    const value = c.peek() === ';' ? '' : c.readValue(VALUE_STOPS);
    // Values are strings: `=== undefined` asks what `in` would, without V8's slow path for `in` with a
    // key cut from the text.
    if (params[key] === undefined) params[key] = value;
  }
  for (const p of c.problems) warnings.addAt(field, p.offset, p.message);
  const comment = comments.length > 0 ? comments[0] : null;
  const envelopeFrom = params['envelope-from'] ?? domainOfClause(comment);
  return {
    result,
    comment,
    params,
    envelopeFrom: envelopeFrom === undefined || envelopeFrom === null ? null : unbracketed(envelopeFrom),
    clientIp: asIp(params['client-ip'] ?? '') ?? statedIp(comment).ip,
    loc: locateField(field),
  };
}
