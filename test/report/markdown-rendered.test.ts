/**
 * The Markdown report as a renderer shows it (markdown-it, CommonMark + GFM tables, raw HTML allowed and
 * URLs linkified like a permissive ticket system): hostile header values must come out as plain text.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { renderMarkdown } from '../../src/report';
import { diagnoseHeaders } from '../../src/rules';
import { listFixtures } from '../corpus/corpus';
import { buildDiagnosis, buildFinding } from './diagnosis-builder';

const markdownIt = new MarkdownIt({ html: true, linkify: true });

const HOSTILE =
  '[click](javascript:alert(1)) <img src=x onerror=alert(1)> <script>alert(2)</script> ' +
  '![pic](https://evil.example/p.png) [ref][1] <https://evil.example/auto> a|b **bold** `x` &#60;b&#62;';

function hostileHtml(): string {
  const base = buildDiagnosis();
  const d = buildDiagnosis({
    summary: HOSTILE,
    message: { ...base.message, subject: HOSTILE, from: `x@${HOSTILE}` },
    auth: {
      ...base.auth,
      spf: { result: 'fail', domain: HOSTILE, ip: null, aligned: false },
      dkim: [{ result: HOSTILE, domain: HOSTILE, selector: HOSTILE, aligned: false, reason: HOSTILE }],
    },
    antispam: { X: HOSTILE, decoded: [{ field: HOSTILE, value: HOSTILE, meaning: HOSTILE }] },
    hops: [{ from: HOSTILE, by: HOSTILE, with: HOSTILE, at: null, delaySeconds: null }],
    findings: [
      buildFinding({
        title: HOSTILE,
        explanation: `${HOSTILE}\n\n[1]: javascript:alert(3)`,
        fixSteps: [
          { text: HOSTILE },
          { text: 'Run:', code: { kind: 'powershell', value: `Set-DkimSigningConfig -Identity ${HOSTILE}` } },
        ],
        evidence: [{ header: HOSTILE, text: HOSTILE, line: 1 }],
        references: [
          'javascript:alert(4)',
          HOSTILE,
          'https://learn.microsoft.com/en-us/defender-office-365/anti-spoofing-spoof-intelligence',
        ],
      }),
    ],
    warnings: [{ header: HOSTILE, line: 2, message: HOSTILE }],
  });
  return markdownIt.render(renderMarkdown(d));
}

describe('rendered Markdown report', () => {
  it('has no element a header could have injected', () => {
    const html = hostileHtml();
    expect(html).not.toMatch(/<(img|script|iframe|em)\b/i);
    // The report's own bold labels are the only emphasis.
    for (const [, label] of html.matchAll(/<strong>([^<]*)<\/strong>/g))
      expect([
        'Who fixes it:',
        'Fix',
        'Evidence',
        'References',
        'From:',
        'Mail from:',
        'Subject:',
        'Date:',
        'Message-ID:',
      ]).toContain(label);
    expect(html).not.toMatch(/href="javascript/i);
  });

  it('has only links whose visible text is their target (nothing hidden behind a label)', () => {
    const html = hostileHtml();
    const links = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)];
    expect(html.match(/<a\b/g)?.length ?? 0).toBe(links.length);
    // Our https reference is the only link: linkify finds none in the header-derived text.
    expect(links.map(([, href]) => href)).toEqual([
      'https://learn.microsoft.com/en-us/defender-office-365/anti-spoofing-spoof-intelligence',
    ]);
    for (const [, href, text] of links) expect(decodeURI(href)).toBe(text.replace(/&amp;/g, '&'));
  });

  it('links no header-derived domain, address or URL under linkify, in every fixture', () => {
    for (const fixture of listFixtures()) {
      const d = diagnoseHeaders(fixture.raw);
      const html = markdownIt.render(renderMarkdown(d));
      const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href);
      const references = new Set(d.findings.flatMap((f) => f.references));
      expect({ fixture: fixture.id, links: hrefs.filter((href) => !references.has(href)) }).toEqual({
        fixture: fixture.id,
        links: [],
      });
    }
  });

  it('links nothing built from domain, address and URL pieces, wherever a header value is shown', () => {
    const piece = fc.constantFrom(
      'www',
      'evil',
      'example',
      'com',
      'de',
      'co',
      'x',
      '1',
      '123',
      'xn--p1ai',
      'localhost',
      '.',
      '@',
      '/',
      '//',
      ':',
      'http',
      'https',
      'mailto',
      'ftp',
      '(',
      ')',
      '<',
      '>',
      '|',
      ' ',
      '-',
      '_',
      '\u00e9',
      '\u3002',
      '\uff0e',
      '\uff20',
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const base = buildDiagnosis();
        const d = buildDiagnosis({
          summary: value,
          message: { ...base.message, from: value, subject: value, messageId: value },
          auth: { ...base.auth, spf: { result: 'fail', domain: value, ip: value, aligned: false } },
          antispam: { PTR: value, decoded: [{ field: 'CTRY', value, meaning: value }] },
          hops: [{ from: value, by: value, with: value, at: null, delaySeconds: null }],
          findings: [buildFinding({ title: value, explanation: value, fix: [`Publish ${value}`, value] })],
          warnings: [{ header: value, line: 1, message: value }],
        });
        const html = markdownIt.render(renderMarkdown(d));
        const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href);
        expect(hrefs.filter((href) => !d.findings[0].references.includes(href))).toEqual([]);
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });

  it('keeps the hostile text visible, literally', () => {
    const html = hostileHtml();
    expect(html).toContain('[click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('keeps every table row at its column count', () => {
    const html = hostileHtml();
    const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((match) => match[1]);
    expect(tables).toHaveLength(2);
    tables.forEach((table, index) => {
      const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
        (row) => (row[1].match(/<t[dh]\b/g) ?? []).length,
      );
      expect(new Set(rows)).toEqual(new Set([index === 0 ? 4 : 3]));
    });
  });

  it('shows the fix commands in code blocks, exactly', () => {
    const html = markdownIt.render(renderMarkdown(buildDiagnosis()));
    expect(html).toContain('<pre><code>fabrikam.com TXT &quot;v=spf1 ip4:10.2.3.4 -all&quot;\n</code></pre>');
    expect(html).toContain(
      '<pre><code>Set-DkimSigningConfig -Identity fabrikam.com -Enabled $true\n</code></pre>',
    );
    expect(html).toContain(
      '<pre><code>New-TenantAllowBlockListSpoofItems -SpoofedUser &quot;*@fabrikam.com&quot; -SendingInfrastructure fabrikam.com -SpoofType External -Action Allow\n</code></pre>',
    );
    expect(html).toContain('<h1>Auth Doctor: FAIL</h1>');
  });
});
