/**
 * A module-wide memo from a name as the headers write it (a domain, a host) to what the rules derive from
 * it. Mail names the same few hosts and domains over and over, within one message and from one message to
 * the next; a hostile block may bring thousands of distinct ones, so the memo starts over when full
 * instead of growing.
 */
export class NameCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(name: string): V | undefined {
    return this.entries.get(name);
  }

  /** Stores `value` under a copy of `name` (see `detached`); a string value must be detached by the caller. */
  set(name: string, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(detached(name), value);
  }
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a slice of 13 or more
 * characters as a view into its parent, so a slice kept by a module-wide memo would keep the whole header
 * block it came from alive for as long as the pane or the CLI runs. The concatenation makes a new string;
 * slicing that flattens the new string, never the parent.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
