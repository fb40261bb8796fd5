/**
 * The names a tag-list has used so far, asked about by their place in the value: a name repeated tens
 * of thousands of times (a hostile DKIM-Signature) is recognised by comparing characters in place, with
 * no string cut, lower-cased and hashed by the runtime for each repeat.
 *
 * ASCII names are keyed by a hash of their lower-cased characters. The hash has no secret seed, so an
 * attacker can choose names that share one: only the first name of a hash is compared in place, the
 * others live in a plain Set of strings, so a collision costs what a lookup by string costs, never a
 * walk over a growing list. Names with other characters (lower-casing them is Unicode's business) are
 * kept in that Set too.
 */
export class SeenNames {
  private readonly firstByHash = new Map<number, string>();
  /** Made on the first name that needs it: most tag-lists have none. */
  private others: Set<string> | undefined;

  /** Whether the ASCII name text[from, to) (compared lower-cased) has been added; `hash` is its nameHash (≥ 0). */
  hasRange(text: string, from: number, to: number, hash: number): boolean {
    const first = this.firstByHash.get(hash);
    if (first === undefined) return false;
    if (sameLowerAscii(first, text, from, to)) return true;
    return this.others !== undefined && this.others.has(text.slice(from, to).toLowerCase());
  }

  /** Whether the lower-cased `name` has been added. */
  has(name: string): boolean {
    const hash = nameHash(name, 0, name.length);
    if (hash >= 0) return this.hasRange(name, 0, name.length, hash);
    return this.others !== undefined && this.others.has(name);
  }

  /** Adds the lower-cased `name` (not already added). */
  add(name: string): void {
    const hash = nameHash(name, 0, name.length);
    if (hash < 0 || this.firstByHash.has(hash)) (this.others ??= new Set<string>()).add(name);
    else this.firstByHash.set(hash, name);
  }
}

/**
 * FNV-1a over the lower-cased characters of text[from, to), cut to 30 bits so that it stays a small
 * integer (a Map key the engine hashes without allocating); -1 when a character is not ASCII.
 */
export function nameHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return -1;
    h = Math.imul(h ^ lowerAscii(code), 16777619);
  }
  return h & 0x3fffffff;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Whether text[from, to) lower-cased is `lower` (all ASCII). */
function sameLowerAscii(lower: string, text: string, from: number, to: number): boolean {
  if (lower.length !== to - from) return false;
  for (let i = 0; i < lower.length; i++) {
    if (lowerAscii(text.charCodeAt(from + i)) !== lower.charCodeAt(i)) return false;
  }
  return true;
}
