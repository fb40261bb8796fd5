/**
 * Small helpers that turn engine strings into safe, structured pieces for rendering. Everything here
 * returns plain strings: React renders them as text, never as HTML.
 */

/** A reference link only when it is an absolute http(s) URL; anything else (javascript:, data:) is text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
