/**
 * Which header-derived names may be sent to a resolver: ASCII host names (letters, digits, hyphens; labels
 * of 1–63 characters, 253 in all). Anything else in a header is not looked up, so a query never carries
 * more than a domain name, and a crafted header cannot turn into an odd query.
 */

export function asQueryName(text: string | null | undefined, minLabels = 2): string | null {
  if (text === null || text === undefined) return null;
  const name = (text.endsWith('.') ? text.slice(0, -1) : text).toLowerCase();
  if (name.length === 0 || name.length > 253) return null;
  const labels = name.split('.');
  if (labels.length < minLabels) return null;
  return labels.every(isHostLabel) ? name : null;
}

function isHostLabel(label: string): boolean {
  if (label.length === 0 || label.length > 63) return false;
  if (label[0] === '-' || label[label.length - 1] === '-') return false;
  for (let index = 0; index < label.length; index++) {
    const code = label.charCodeAt(index);
    const ok = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
    if (!ok) return false;
  }
  return true;
}
