/**
 * The reader's text (every prose literal in src/) states what a value means, not the history of its
 * documentation: which page, how old, which tool cites it. Sources stay in the references. And no literal
 * holds a doubled full stop ("reason..").
 */
import { findTexts } from './string-literal-inventory';

/** Phrases that narrate documentation history instead of stating the fact. */
const DOCUMENTATION_HISTORY =
  /older (?:Microsoft )?documentation|an old [\w-]+ document|documentation, (?:19|20)\d\d|official documentation|no longer documented/i;

/** Two full stops after a word, ending it ("reason.. "): not an ellipsis, not a relative path ("../"). */
const DOUBLE_FULL_STOP = /[\p{L}\p{N})\]"'’]\.\.(?=\s|$)/u;

const texts = findTexts();

test('the inventory reads the pane and the rules (sanity)', () => {
  expect(texts.some(({ site }) => site.startsWith('src/taskpane/'))).toBe(true);
  expect(texts.some(({ site }) => site.startsWith('src/rules/knowledge/'))).toBe(true);
});

test('no user-facing text narrates documentation history', () => {
  const found = texts.filter(({ text }) => DOCUMENTATION_HISTORY.test(text));
  expect(found.map(({ site, text }) => `${site}: ${text}`)).toEqual([]);
});

test('no text has a doubled full stop', () => {
  const found = texts.filter(({ text }) => DOUBLE_FULL_STOP.test(text));
  expect(found.map(({ site, text }) => `${site}: ${text}`)).toEqual([]);
});
