/**
 * Whether one domain imitates another: confusable characters (paypa1, rnicrosoft, Cyrillic "а"), mixed
 * scripts, extra words (contoso-payroll), another ending (contoso.co), the real name in front of another
 * domain (microsoft.com.evil.example), or a typo (edit distance 1–2).
 */
import { domainToUnicode, isAscii } from '../../parser/punycode';
import { normalizeDomain, organizationalDomain } from '../alignment';

export interface LookalikeTarget {
  /** Registrable domain being imitated, ASCII. */
  domain: string;
  /** Also flag the same name under another ending (right for the reader's own domain, not for brands). */
  otherEnding: boolean;
}

export interface LookalikeMatch {
  target: string;
  /** How the domain imitates it, in plain words (completes "… because it …"). */
  how: string;
}

/**
 * Letters and digits that render like another Latin letter (a subset of Unicode's confusables list,
 * UTS #39, that covers what look-alike domains use). Compared after NFKD with accents stripped.
 */
const CONFUSABLE = new Map<string, string>(
  Object.entries({
    '0': 'o',
    '1': 'l',
    '3': 'e',
    '5': 's',
    а: 'a',
    в: 'b',
    е: 'e',
    о: 'o',
    р: 'p',
    с: 'c',
    у: 'y',
    х: 'x',
    і: 'i',
    ј: 'j',
    ѕ: 's',
    ԁ: 'd',
    һ: 'h',
    ӏ: 'l',
    к: 'k',
    м: 'm',
    н: 'h',
    т: 't',
    α: 'a',
    β: 'b',
    ε: 'e',
    ι: 'i',
    κ: 'k',
    ν: 'v',
    ο: 'o',
    ρ: 'p',
    τ: 't',
    υ: 'u',
    χ: 'x',
    ɡ: 'g',
    ı: 'i',
  }),
);
/** Letter pairs that read as one letter at a glance. */
const PAIRS: [string, string][] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

/** The shape a label shows a reader: confusables folded to the Latin letter they imitate. */
export function skeleton(label: string): string {
  // ASCII has nothing to decompose (NFKD leaves it as it is), and most names are ASCII.
  const ascii = isAscii(label);
  const folded = (ascii ? label : label.normalize('NFKD')).toLowerCase();
  return foldPairs(ascii && !ASCII_CONFUSABLE.test(folded) ? folded : foldConfusables(folded));
}

/** The ASCII characters CONFUSABLE folds: an ASCII name without them has nothing to fold one by one. */
const ASCII_CONFUSABLE = /[0135]/;

/** Each confusable folded to the Latin letter it imitates, combining marks (accents) dropped. */
function foldConfusables(folded: string): string {
  let out = '';
  // By UTF-16 unit: every confusable and combining mark is one unit; the two units of a surrogate pair
  // are neither, so they are kept as they are.
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue;
    const char = folded.charAt(i);
    out += CONFUSABLE.get(char) ?? char;
  }
  return out;
}

/** Each letter pair folded to the letter it reads as ("rn" → "m"). */
function foldPairs(folded: string): string {
  let out = folded;
  for (const [pair, letter] of PAIRS) if (out.includes(pair)) out = out.split(pair).join(letter);
  return out;
}

type Script = 'Latin' | 'Cyrillic' | 'Greek';

function scriptOf(code: number): Script | null {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 'Latin';
  if (code >= 0x400 && code <= 0x52f) return 'Cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'Greek';
  return null;
}

/** The alphabets a label mixes (Latin with Cyrillic or Greek); [] when it keeps to one. */
export function mixedScripts(label: string): Script[] {
  // ASCII has one alphabet only.
  if (isAscii(label)) return [];
  const scripts = new Set<Script>();
  for (const char of label.toLowerCase()) {
    const script = scriptOf(char.codePointAt(0) ?? 0);
    if (script) scripts.add(script);
  }
  return scripts.size > 1 ? [...scripts] : [];
}

/**
 * Two rows of counts for editDistance, reused by every call (it runs for each brand on every message) and
 * grown to the longest `b` asked about: a target's name, a few dozen characters at most.
 */
let previousRow = new Int32Array(16);
let currentRow = new Int32Array(16);

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length];
}

/** "contoso" and "com" of contoso.com; a name without a dot is all name. */
function splitOrg(org: string): { name: string; ending: string } {
  const dot = org.indexOf('.');
  return dot < 0 ? { name: org, ending: '' } : { name: org.slice(0, dot), ending: org.slice(dot + 1) };
}

/** Typos count only on names long enough that a one- or two-letter change is not another common word. */
function typoLimit(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** What the comparison needs of a target, which depends on the target alone. */
interface TargetShape {
  org: string;
  /** `org.` and `.org`: the org in front of another domain, or a subdomain's ending. */
  orgInFront: string;
  orgAsEnding: string;
  name: string;
  ending: string;
  /** The name's skeleton: what a look-alike shows. */
  wanted: string;
  typoLimit: number;
  otherEnding: boolean;
}

/** The same of the domain being judged: worked out once, then compared with every target. */
interface DomainShape {
  /** The domain, normalized. */
  domain: string;
  org: string;
  name: string;
  ending: string;
  /** The name in Unicode, as a reader sees it. */
  unicodeName: string;
  shown: string;
  /** The shown name split at its hyphens. */
  words: string[];
}

/**
 * Targets are mostly the brand table's rows, the same (unchanging) objects on every call: their shapes are
 * worked out once per object (a WeakMap, so a caller's one-off target is collected with it).
 */
const targetShapes = new WeakMap<LookalikeTarget, TargetShape>();
/** The shapes of a whole list of targets, for a list passed again and again (the brand table's). */
const listShapes = new WeakMap<readonly LookalikeTarget[], TargetShape[]>();

function shapesOf(targets: readonly LookalikeTarget[]): TargetShape[] {
  let shapes = listShapes.get(targets);
  if (!shapes) {
    shapes = targets.map(shapeOfTarget);
    listShapes.set(targets, shapes);
  }
  return shapes;
}

function shapeOfTarget(target: LookalikeTarget): TargetShape {
  const known = targetShapes.get(target);
  if (known) return known;
  const org = organizationalDomain(target.domain);
  const { name, ending } = splitOrg(org);
  const wanted = skeleton(name);
  const shape = {
    org,
    orgInFront: `${org}.`,
    orgAsEnding: `.${org}`,
    name,
    ending,
    wanted,
    typoLimit: typoLimit(wanted.length),
    otherEnding: target.otherEnding,
  };
  targetShapes.set(target, shape);
  return shape;
}

function shapeOfDomain(domain: string): DomainShape {
  const org = organizationalDomain(domain);
  const { name, ending } = splitOrg(org);
  const unicodeName = domainToUnicode(name);
  const shown = skeleton(unicodeName);
  const words = shown.split('-');
  return { domain, org, name, ending, unicodeName, shown, words };
}

function imitates(own: DomainShape, real: TargetShape): string | null {
  const { domain, org: fromOrg } = own;
  const targetOrg = real.org;
  const wanted = real.wanted;
  if (own.name !== real.name && own.shown === wanted) {
    return own.unicodeName !== own.name
      ? `is written with non-Latin letters that look like ${targetOrg} (${domainToUnicode(fromOrg)})`
      : `swaps letters for look-alike characters (${fromOrg})`;
  }
  if (own.name === real.name) {
    // A brand owns its name under many endings; the reader's own domain under another ending is a trick.
    return real.otherEnding && own.ending !== real.ending
      ? `has the same name under another ending (.${own.ending} instead of .${real.ending})`
      : null;
  }
  if (own.words.length > 1 && own.words.includes(wanted)) {
    return `adds words to the name ${real.name} (${fromOrg})`;
  }
  if (domain !== targetOrg && domain.includes(real.orgInFront) && !domain.endsWith(real.orgAsEnding)) {
    return `puts ${targetOrg} in front of another domain (${domain})`;
  }
  const limit = real.typoLimit;
  const distance = limit > 0 ? editDistance(own.shown, wanted, limit) : limit + 1;
  if (distance <= limit) {
    return `differs from ${targetOrg} by ${distance === 1 ? 'one character' : 'two characters'} (${fromOrg})`;
  }
  return null;
}

/**
 * The first target that `fromDomain` imitates, else a name that mixes alphabets (target ""). A domain in
 * the organization of any target is none: a brand's other domains are targets too, so they are its own.
 */
export function lookalikeOf(fromDomain: string, targets: readonly LookalikeTarget[]): LookalikeMatch | null {
  const domain = normalizeDomain(fromDomain);
  if (!domain) return null;
  const shapes = shapesOf(targets);
  const own = shapeOfDomain(domain);
  if (shapes.some((t) => t.org === own.org)) return null;
  for (const target of shapes) {
    const how = imitates(own, target);
    if (how) return { target: target.org, how };
  }
  const scripts = mixedScripts(own.unicodeName);
  if (scripts.length > 0) {
    return {
      target: '',
      how: `mixes ${scripts.join(' and ')} letters in one name (${domainToUnicode(own.org)})`,
    };
  }
  return null;
}
