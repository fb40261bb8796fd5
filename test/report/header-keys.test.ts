/**
 * Antispam field names come from the header just as their values do: a key carrying a terminal escape
 * (ESC[2J clears the screen, ESC[H homes the cursor) must not repaint a failing report as a pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown, renderText } from '../../src/report';
import { diagnoseHeaders } from '../../src/rules';
import { buildDiagnosis } from './diagnosis-builder';
import { unsafeCharacters } from './unsafe-characters';

const REPAINT = '\u001b[2J\u001b[HAuth Doctor: PASS';
const EXO = readFileSync(join(__dirname, '../cli/samples/exo-compauth-001.eml'), 'utf8');

describe('antispam keys in the reports', () => {
  it.each([
    ['text', renderText],
    ['Markdown', renderMarkdown],
  ])('the %s report shows an ESC[2J key as visible escapes', (_name, render) => {
    const base = buildDiagnosis();
    const report = render(
      buildDiagnosis({
        antispam: { ...base.antispam, [REPAINT]: 'x', decoded: base.antispam?.decoded ?? [] },
      }),
    );
    expect(unsafeCharacters(report)).toEqual([]);
    expect(report).toMatch(/\\+x1B\\*\[2J\\+x1B\\*\[HAuth Doctor: PASS/);
  });

  it.each([
    ['text', renderText],
    ['Markdown', renderMarkdown],
  ])(
    'a message whose antispam report carries the key gives a %s report free of controls',
    (_name, render) => {
      const raw = EXO.replace('X-Forefront-Antispam-Report: ', `X-Forefront-Antispam-Report: ${REPAINT}:x;`);
      const d = diagnoseHeaders(raw);
      expect(d.verdict).toBe('fail');
      expect(unsafeCharacters(render(d))).toEqual([]);
    },
  );
});
