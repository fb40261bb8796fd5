/**
 * Loads Office.js so that it cannot hold up the page. A plain <script src> in the head blocks parsing for as
 * long as the CDN takes, so a stalled CDN left the pane blank; and a deferred or async tag gives no reliable
 * way to learn that it failed before the pane's own script ran. taskpane.html therefore only preloads the
 * file (the download starts with the page, in the head, as Office documents), and the pane inserts the
 * script itself, listening for its load and error. Office.onReady is called only once the script has run:
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 */

/** The id of the <link rel="preload"> in taskpane.html that names Office.js's URL. */
export const OFFICE_SCRIPT_LINK_ID = 'office-js';

function loadedOffice(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/**
 * Resolves to the global `Office` once Office.js has run, or to undefined when the page names no Office.js
 * or it fails to load. While the CDN stalls it stays pending: the caller's deadline decides.
 */
export function loadOfficeScript(doc: Document = document): Promise<typeof Office | undefined> {
  const present = loadedOffice();
  if (present) return Promise.resolve(present);
  const link = doc.getElementById(OFFICE_SCRIPT_LINK_ID);
  const url = link instanceof HTMLLinkElement ? link.href : '';
  if (!url) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = url;
    script.addEventListener('load', () => resolve(loadedOffice()));
    script.addEventListener('error', () => resolve(undefined));
    doc.head.append(script);
  });
}
