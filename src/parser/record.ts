/**
 * The prototype of every string map the parser returns: empty, frozen, and itself without a prototype.
 * Keys come from attacker-controlled headers, so "__proto__", "constructor" or "toString" must be
 * ordinary keys: nothing is inherited, and assigning "__proto__" creates an own property instead of
 * changing the prototype. (A shared prototype rather than Object.create(null) for each map, because
 * V8 keeps prototype-less objects in slow dictionary mode.)
 */
const NO_INHERITED_KEYS: object = Object.freeze(Object.create(null) as object);

export function createRecord(): Record<string, string> {
  return Object.create(NO_INHERITED_KEYS) as Record<string, string>;
}
