import { renderMarkdown } from '../../src/report';
import { codeSpan, escapeBlock, escapeInline, fencedBlock, safeLink } from '../../src/report/markdown-escape';
import type { Diagnosis } from '../../src/rules/diagnosis';
import { buildDiagnosis, buildFinding } from './diagnosis-builder';
import { unsafeCharacters } from './unsafe-characters';

const LINK = '[click](javascript:alert(1))';
const IMG = '<img src=x onerror=alert(1)>';
const HOSTILE = `${LINK} ${IMG} a|b *bold* _it_ ~~del~~ &lt; ![pic](https://evil.example/p.png) \`tick\``;

/** A Diagnosis carrying the hostile text in every header-derived place the report shows. */
function hostileDiagnosis(): Diagnosis {
  const base = buildDiagnosis();
  return buildDiagnosis({
    summary: `${HOSTILE} summary`,
    message: { ...base.message, from: `${IMG}@evil.example`, subject: HOSTILE },
    auth: {
      ...base.auth,
      authservId: HOSTILE,
      spf: { result: 'fail', domain: HOSTILE, ip: '203.0.113.9', aligned: false },
      dkim: [{ result: 'fail', domain: 'evil.example', selector: HOSTILE, aligned: false, reason: HOSTILE }],
    },
    antispam: { CTRY: HOSTILE, decoded: [{ field: 'CAT', value: HOSTILE, meaning: 'Spoofing' }] },
    hops: [{ from: HOSTILE, by: 'mx.contoso.com', with: 'ESMTP', at: null, delaySeconds: null }],
    findings: [
      buildFinding({
        title: `Spoofed ${HOSTILE}`,
        explanation: `- ${HOSTILE}`,
        fixSteps: [
          {
            text: 'Block it:',
            code: {
              kind: 'powershell',
              value: `New-TenantAllowBlockListSpoofItems -SpoofedUser "*@${LINK}" -Action Block`,
            },
          },
        ],
        evidence: [{ header: `X-Evil ${IMG}`, text: `${HOSTILE} \`\`\` fence`, line: 2 }],
        references: [
          'javascript:alert(1)',
          'https://learn.microsoft.com/en-us/defender-office-365/anti-spoofing-protection-about',
        ],
      }),
    ],
    warnings: [{ header: IMG, line: 5, message: HOSTILE }],
  });
}

/** Removes fenced blocks and code spans (where text is literal by construction) to inspect the rest. */
function outsideCode(markdown: string): string {
  const withoutFences = markdown.replace(/^ *(`{3,})\n[\s\S]*?\n *\1$/gm, '');
  return withoutFences.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}

describe('renderMarkdown', () => {
  it('has a verdict heading, the summary, a protocol table, findings with owner and fix blocks', () => {
    const md = renderMarkdown(buildDiagnosis());
    const d = buildDiagnosis();
    expect(
      md.startsWith(
        `# Auth Doctor: FAIL\n\n${d.trust.headline} ${d.trust.advice}\n\nMicrosoft 365 treated this message as spoofed`,
      ),
    ).toBe(true);
    expect(md).toContain('| Protocol | Result | Alignment | Details |\n|---|---|---|---|\n');
    expect(md).toContain('| SPF | none | aligned | MAIL FROM domain `fabrikam.com`; sending IP 10.2.3.4 |');
    expect(md).toContain('| compauth | fail | - | reason 001: Implicit authentication failed');
    expect(md).toContain(
      '### 1. Error: Microsoft could not authenticate the sender (compauth=fail, reason 001)',
    );
    expect(md).toContain("**Who fixes it:** Sender's admin");
    expect(md).toContain('**Who fixes it:** Your admin');
    expect(md).toContain(
      '1. Publish an SPF TXT record at `fabrikam.com`:\n\n   ```\n   fabrikam.com TXT "v=spf1 ip4:10.2.3.4 -all"\n   ```',
    );
    expect(md).toContain('   ```\n   Set-DkimSigningConfig -Identity fabrikam.com -Enabled $true\n   ```');
    expect(md).toContain(
      '- line 4: Authentication-Results: `dmarc=none action=none header.from=fabrikam.com; compauth=fail reason=001`',
    );
    expect(md).toContain(
      '- <https://learn.microsoft.com/en-us/defender-office-365/anti-spoofing-spoof-intelligence>',
    );
    expect(md).toContain('| CAT | SPOOF | Spoofing |');
    expect(md).toContain('## Route (oldest hop first)\n\n1. from `mail.fabrikam.com` by `BN8NAM11FT011');
    expect(md).toContain('- line 14: Received: date could not be read');
  });

  it('nests under a file heading when asked for a lower heading level', () => {
    const md = renderMarkdown(buildDiagnosis(), { headingLevel: 2 });
    expect(md.startsWith('## Auth Doctor: FAIL')).toBe(true);
    expect(md).toContain('\n### Authentication\n');
    expect(md).toContain('\n#### 1. Error: ');
  });

  it('renders a hostile header value as literal text: no link, image, HTML or emphasis', () => {
    const md = renderMarkdown(hostileDiagnosis());
    const prose = outsideCode(md);
    // Every "[" or "<" outside code is escaped, except the autolinks of our own https references.
    const bareBrackets = prose
      .replace(/<https:\/\/learn\.microsoft\.com\/[^\s<>]+>/g, '')
      .match(/(?<!\\)[[<]/g);
    expect(bareBrackets).toBeNull();
    // Emphasis, strikethrough, entities, images and cell breaks from the header stay literal wherever shown.
    for (const raw of [/(?<!\\)\*bold/, /(?<!\\)_it/, /(?<!\\)~~del/, /(?<!\\)&lt;/, /a\|b/, /(?<!\\)!\[pic/])
      expect(prose).not.toMatch(raw);
    expect(prose).toContain('a\\|b \\*bold\\* \\_it\\_ \\~\\~del\\~\\~ \\&lt; ');
    // A token an autolinker would link sits in a code span, the sentence's closing parenthesis outside.
    expect(md).toContain('\\&lt; `![pic](https://evil.example/p.png`)');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    // A non-https reference is text, not a link.
    expect(md).toContain('- javascript:alert(1)\n');
  });

  it('keeps every table row at its column count whatever pipes a header holds', () => {
    const md = renderMarkdown(hostileDiagnosis());
    const rows = md.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const unescapedPipes = row.match(/(?<!\\)\|/g) ?? [];
      // 4 pipes in the 3-column antispam table, 5 in the 4-column protocol table.
      expect([4, 5]).toContain(unescapedPipes.length);
    }
  });

  it('keeps a code span around evidence that itself contains backticks', () => {
    const md = renderMarkdown(hostileDiagnosis());
    const line = md.split('\n').find((l) => l.startsWith('- line 2: '));
    expect(line).toBeDefined();
    // The evidence has runs of 1 and 3 backticks: the span's fence must be 4 long.
    expect(line).toMatch(/: ````\[click\]\(javascript:alert\(1\)\) .* fence````$/);
  });

  it('neutralises a leading list marker in explanation text', () => {
    const md = renderMarkdown(hostileDiagnosis());
    expect(md).toContain('\n\\- \\[click\\]');
  });

  it('replaces control characters with visible escapes', () => {
    const md = renderMarkdown(buildDiagnosis({ summary: 'Bad\u001b[31m red\nline' }));
    expect(md).toContain('Bad\\\\x1B\\[31m red line');
    expect(unsafeCharacters(md)).toEqual([]);
  });
});

describe('markdown escaping helpers', () => {
  it('escapes inline syntax characters', () => {
    expect(escapeInline('a [b](c) <d> `e` *f* _g_ |h| ~i~ &j; #k !l {m} \\n')).toBe(
      'a \\[b\\](c) \\<d\\> \\`e\\` \\*f\\* \\_g\\_ \\|h\\| \\~i\\~ \\&j; \\#k \\!l \\{m\\} \\\\n',
    );
  });

  it('puts domains, addresses and URLs in code spans, their sentence punctuation and cell breaks outside', () => {
    expect(escapeInline('Mail from chris@fabrikam.com (see www.evil.example).')).toBe(
      'Mail from `chris@fabrikam.com` (see `www.evil.example`).',
    );
    expect(escapeInline('a|b.example|//x "mx.contoso.com", www.1 e.g. 9.19 5.7.1')).toBe(
      'a\\|`b.example`\\|`//x` "`mx.contoso.com`", `www.1` e.g. `9.19` 5.7.1',
    );
    expect(escapeInline('SPF/DKIM done. No: link')).toBe('SPF/DKIM done. No: link');
  });

  it('escapes block starts: list markers, ordered lists, setext underlines', () => {
    expect(escapeBlock('- item')).toBe('\\- item');
    expect(escapeBlock('+ item')).toBe('\\+ item');
    expect(escapeBlock('=====')).toBe('\\=====');
    expect(escapeBlock('12. item')).toBe('12\\. item');
    expect(escapeBlock('3) item')).toBe('3\\) item');
    expect(escapeBlock('plain 1. text')).toBe('plain 1. text');
  });

  it('fences code with more backticks than it contains', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(fencedBlock('x ```` y', '  ')).toEqual(['  `````', '  x ```` y', '  `````']);
    expect(fencedBlock('v=spf1 -all')).toEqual(['```', 'v=spf1 -all', '```']);
  });

  it('links only plain https URLs', () => {
    expect(safeLink('https://learn.microsoft.com/a#b')).toBe('<https://learn.microsoft.com/a#b>');
    expect(safeLink('https://x.example/<script>')).toBe('`https://x.example/<script`\\>');
    expect(safeLink('http://x.example/')).toBe('`http://x.example/`');
  });
});
