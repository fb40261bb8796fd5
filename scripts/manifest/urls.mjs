/**
 * The one place the add-in's hosting URL is decided. manifest.xml is written for the dev server
 * (DEV_BASE_URL); a production build swaps that base for the hosting URL and changes nothing else.
 */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * Validates a hosting URL given on the command line and returns it with exactly one trailing slash,
 * so that `${base}taskpane.html` is the page. Throws an Error whose message says what to pass instead.
 * @param {string} input e.g. "https://example.org/auth-doctor"
 * @returns {string} e.g. "https://example.org/auth-doctor/"
 */
export function normaliseAddinUrl(input) {
  const hint =
    'pass the hosting URL as an absolute https URL, e.g. --env ADDIN_URL=https://example.org/auth-doctor';
  const text = String(input ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL "${text}" is not a URL: ${hint}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_URL "${text}" uses ${url.protocol.replace(':', '')}: Outlook loads add-ins only over https; ${hint}`,
    );
  }
  if (url.username || url.password)
    throw new Error(`ADDIN_URL "${text}" must not contain credentials; ${hint}`);
  // A query or fragment cannot prefix file names, and '&' would need XML escaping in the manifest.
  if (url.search || url.hash) throw new Error(`ADDIN_URL "${text}" must not contain "?" or "#"; ${hint}`);
  return url.href.replace(/\/*$/, '/');
}

/**
 * Replaces every dev URL (DEV_BASE_URL followed by a path) in a manifest's text with `base`.
 * @param {string} text manifest.xml as written in the repository
 * @param {string} base a value returned by normaliseAddinUrl
 * @returns {string}
 * @throws when a dev URL remains (e.g. "https://localhost:3000" without a path), so no build ships one
 */
export function rewriteManifestUrls(text, base) {
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  const parts = text.split(DEV_BASE_URL);
  if (parts.some((part) => part.includes(devOrigin))) {
    throw new Error(
      `the manifest contains "${devOrigin}" without a path; write its URLs as ${DEV_BASE_URL}<file>`,
    );
  }
  return parts.join(base);
}
