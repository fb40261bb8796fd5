/** @jest-environment jsdom */
/**
 * Office.js is inserted by the pane, never by a parser-blocking tag: the URL comes from the preload link,
 * a load resolves to the global Office, a failed load to undefined, and a page without the link to undefined.
 */
import { OFFICE_SCRIPT_LINK_ID, loadOfficeScript } from '../../src/taskpane/office-script';

const URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function addPreload(): void {
  const link = document.createElement('link');
  link.id = OFFICE_SCRIPT_LINK_ID;
  link.rel = 'preload';
  link.as = 'script';
  link.href = URL;
  document.head.append(link);
}

function insertedScript(): HTMLScriptElement | undefined {
  return [...document.querySelectorAll('script')].find((script) => script.src === URL);
}

afterEach(() => {
  document.head.innerHTML = '';
  delete (globalThis as { Office?: unknown }).Office;
});

test('no preload link (a page without Office.js): undefined, and nothing is inserted', async () => {
  await expect(loadOfficeScript()).resolves.toBeUndefined();
  expect(document.querySelectorAll('script')).toHaveLength(0);
});

test('inserts Office.js from the preload URL and resolves to Office once it has run', async () => {
  addPreload();
  const loading = loadOfficeScript();
  const script = insertedScript();
  expect(script).toBeDefined();
  const office = { onReady: () => Promise.resolve({ host: null }) };
  (globalThis as { Office?: unknown }).Office = office;
  script?.dispatchEvent(new Event('load'));
  await expect(loading).resolves.toBe(office);
});

test('a failed load (blocked, offline) resolves to undefined', async () => {
  addPreload();
  const loading = loadOfficeScript();
  insertedScript()?.dispatchEvent(new Event('error'));
  await expect(loading).resolves.toBeUndefined();
});

test('an Office already present is used as it is', async () => {
  const office = { onReady: () => Promise.resolve({ host: null }) };
  (globalThis as { Office?: unknown }).Office = office;
  await expect(loadOfficeScript()).resolves.toBe(office);
  expect(document.querySelectorAll('script')).toHaveLength(0);
});
