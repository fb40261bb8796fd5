/**
 * The result words each authentication method may report: the IANA "Email Authentication Result Names"
 * registry (RFC 8601 §2.7, RFC 8617 §4.1.1 for arc), narrowed to the Diagnosis contract where the
 * contract is narrower (spf has no `policy` there), plus Microsoft's own methods and words (compauth;
 * DMARC's `bestguesspass`). https://www.iana.org/assignments/email-auth/email-auth.xhtml
 * A method missing here (x-…, experimental) has no list: its words are kept as written.
 */
const REGISTERED_RESULTS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    spf: ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror'],
    dkim: ['pass', 'fail', 'none', 'neutral', 'policy', 'temperror', 'permerror'],
    dmarc: ['pass', 'fail', 'bestguesspass', 'none', 'temperror', 'permerror'],
    compauth: ['pass', 'fail', 'softpass', 'none'],
    arc: ['pass', 'fail', 'none'],
    auth: ['pass', 'fail', 'none', 'temperror', 'permerror'],
    iprev: ['pass', 'fail', 'temperror', 'permerror'],
    'sender-id': ['pass', 'fail', 'softfail', 'neutral', 'none', 'policy', 'temperror', 'permerror'],
    domainkeys: ['pass', 'fail', 'none', 'neutral', 'policy', 'temperror', 'permerror'],
    'dkim-adsp': ['pass', 'fail', 'none', 'unknown', 'discard', 'nxdomain', 'temperror', 'permerror'],
    'dkim-atps': ['pass', 'fail', 'none', 'temperror', 'permerror'],
    vbr: ['pass', 'fail', 'none', 'temperror', 'permerror'],
    rrvs: ['pass', 'fail', 'none', 'unknown', 'temperror', 'permerror'],
    dnswl: ['pass', 'fail', 'none', 'temperror', 'permerror'],
    smime: ['pass', 'fail', 'none', 'neutral', 'policy', 'temperror', 'permerror'],
  }),
);

/** Whether `result` is a word `method` may report; true for a method without a list. */
export function isRegisteredResult(method: string, result: string): boolean {
  // A Map, not an object: a method called "constructor" must not find Object.prototype's.
  const words = REGISTERED_RESULTS.get(method);
  return words === undefined || words.includes(result);
}

/** Whether `method` has a registered list of result words. */
export function hasResultList(method: string): boolean {
  return REGISTERED_RESULTS.has(method);
}

/** Unregistered words some receivers write, and the registered word that says the same. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['timeout', 'temperror'],
  ['tempfail', 'temperror'],
  ['temperr', 'temperror'],
  ['permfail', 'permerror'],
  ['permerr', 'permerror'],
  ['hardfail', 'fail'],
  ['success', 'pass'],
]);

/** A result as the contract knows it, and the word as written when that differs. */
export interface ResultWord {
  result: string;
  /** The lower-cased word as written, present only when `result` differs from it. */
  rawResult?: string;
}

/**
 * Maps a written result to a registered one: Yahoo's `dkim_pass`, a synonym (`timeout` → temperror,
 * `hardfail` → fail), else `none` — a word outside the list (`pas`, `ignore`, `test`, `bestguesspass`
 * outside DMARC, an empty result) proves no outcome. Methods without a list keep their word.
 */
export function normaliseResult(method: string, written: string): ResultWord {
  const raw = written.toLowerCase();
  let word = raw.startsWith(`${method}_`) ? raw.slice(method.length + 1) : raw;
  if (!isRegisteredResult(method, word)) {
    const synonym = SYNONYMS.get(word);
    word = synonym !== undefined && isRegisteredResult(method, synonym) ? synonym : 'none';
  }
  return word === raw ? { result: word } : { result: word, rawResult: raw };
}
