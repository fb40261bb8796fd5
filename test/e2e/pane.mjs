/**
 * The task pane as a person sees it: headings, lists, buttons and text found by role and accessible
 * name (src/taskpane/components), never by class names or component internals. Every scenario reads the
 * pane through these few functions.
 */

/** The headline: a level-2 heading "Verdict <label>" (label: Pass, Needs attention, Fail, Unknown). */
export const verdictHeading = (page) => page.getByRole('heading', { level: 2, name: /^Verdict\b/ });

/**
 * Waits for a rendered diagnosis and returns the verdict label the reader sees ("Pass", "Fail", …). The
 * verdict renders first and the findings in a later pass: both are waited for.
 */
export async function readVerdict(page, { timeout = 20_000 } = {}) {
  const heading = verdictHeading(page);
  await heading.waitFor({ state: 'visible', timeout });
  await page
    .getByRole('heading', { level: 2, name: /^Findings \(\d+\)$/ })
    .waitFor({ state: 'visible', timeout });
  return (await heading.innerText()).replace(/^\s*Verdict\s*/, '').trim();
}

/** The protocol strip: [{ name: 'SPF', result: 'pass', text }] in the order shown. */
export async function readProtocols(page) {
  const rows = page.getByRole('list', { name: 'Protocol results' }).getByRole('listitem');
  const texts = await rows.allInnerTexts();
  return texts.map((text) => {
    const [name = '', result = ''] = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return { name, result, text };
  });
}

/** The findings, most severe first: [{ title, severity, owner, text }]. */
export async function readFindings(page) {
  const cards = page.getByRole('article');
  const count = await cards.count();
  const findings = [];
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const title = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
    const text = await card.innerText();
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const severity = lines.find((line) => /^(Error|Warning|Info)$/.test(line)) ?? null;
    const owner = lines.find((line) => /^(Sender's admin|Your admin|You|No action)$/.test(line)) ?? null;
    findings.push({ title, severity, owner, text });
  }
  return findings;
}

/** The finding card (an article) whose title matches. */
export const findingCard = (page, title) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

/** A collapsible section's summary ("Raw headers", "Route and delays", "Antispam verdict"). */
export const sectionToggle = (page, title) => page.locator('summary').filter({ hasText: title });

/** The raw header view once open: an ordered list "Raw headers, N lines". */
export const rawHeaderList = (page) => page.getByRole('list', { name: /^Raw headers, \d+ lines$/ });

/** Everything visible in the pane as one string (what a reader could see on screen). */
export const visibleText = (page) => page.locator('body').innerText();
