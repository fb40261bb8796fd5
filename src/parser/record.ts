/**
 * A string map without a prototype: keys come from attacker-controlled headers, so "__proto__" or
 * "constructor" must be ordinary keys, neither inherited nor able to change the object's prototype.
 */
export function createRecord(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
