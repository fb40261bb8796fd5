import type { Diagnosis, FixCode } from '../../src/rules/diagnosis';
import { fixCodeLine } from '../../src/rules/fix-step-text';
import { diagnoseHeaders, exoBlock } from './helpers';

/** Values an attacker puts in a header to make a copied command or record do something else. */
const PAYLOADS = [
  'evil.example|calc',
  'evil.example;calc',
  'evil.example$(calc)',
  'evil.example`calc`',
  "evil.example'calc'",
  'evil.example"calc"',
  'evil.example\r\n calc',
  'evil.example\u202Ecalc',
  'evil.example\u200Bcalc',
  'calc.example\u2028x',
  'calc|203.0.113.5',
];

/** A homoglyph (Cyrillic о) is a valid IDN: it may reach a record only in its ASCII (xn--) form. */
const HOMOGLYPH = 'micrоsoft.com';

/**
 * What must never reach a code: the payload's part after its host-like start (the parser may keep
 * "evil.examplecalc" as a name, which is a valid host; never "|calc" or "$(calc)").
 */
function dangerOf(payload: string): string {
  return payload.startsWith('evil.example') ? payload.slice('evil.example'.length) : payload;
}

const FAILING =
  'spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=fail (signature did not verify)\n header.d=contoso.com header.s=selector1;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail\n reason=000';
const NOTHING =
  'spf=none (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=contoso.com;compauth=fail\n reason=001';
const RELAYED =
  'spf=fail (sender IP is 203.0.113.77)\n smtp.mailfrom=contoso.com; dkim=fail (body hash did not verify)\n header.d=contoso.com;dmarc=fail action=none header.from=contoso.com;compauth=fail\n reason=001';
const FOREFRONT =
  'CIP:203.0.113.77;CTRY:US;PTR:relay.hosting.example;SCL:5;SFV:SPM;CAT:SPOOF;SFTY:9.19;DIR:INB;';

/** Every header field whose value reaches a fix, with the payload put in its place. */
const FIELDS: Record<
  string,
  (p: string) => {
    authResults?: string;
    from?: string;
    extra?: string[];
    forefront?: string;
    connecting?: string;
  }
> = {
  'From domain': (p) => ({ from: `Contoso <hr@${p}>` }),
  'Sender domain': (p) => ({ extra: [`Sender: <other@${p}>`] }),
  'Return-Path domain': (p) => ({ extra: [`Return-Path: <bounce@${p}>`] }),
  'header.d': (p) => ({ authResults: FAILING.replace('header.d=contoso.com', `header.d=${p}`) }),
  'header.s': (p) => ({ authResults: FAILING.replace('header.s=selector1', `header.s=${p}`) }),
  'smtp.mailfrom': (p) => ({
    authResults: FAILING.replace('smtp.mailfrom=contoso.com', `smtp.mailfrom=${p}`),
  }),
  'header.from': (p) => ({
    authResults: NOTHING.replace('header.from=contoso.com', `header.from=${p}`),
    from: 'hr',
  }),
  'sender IP': (p) => ({ authResults: FAILING.replace('sender IP is 203.0.113.77', `sender IP is ${p}`) }),
  'ARC-Seal d=': (p) => ({
    authResults: RELAYED,
    extra: [`ARC-Seal: i=1; cv=none; d=${p}; s=arc; b=x`, 'List-Id: <l.example>'],
  }),
  'X-Forefront CIP': (p) => ({ forefront: FOREFRONT.replace('CIP:203.0.113.77', `CIP:${p}`) }),
  'X-Forefront PTR': (p) => ({ forefront: FOREFRONT.replace('PTR:relay.hosting.example', `PTR:${p}`) }),
  'Received-SPF client-ip': (p) => ({
    extra: [
      `Received-SPF: Fail (protection.outlook.com: domain of contoso.com does not designate ${p} as permitted sender) receiver=protection.outlook.com; client-ip=${p}; helo=${p};`,
    ],
  }),
  'Received from': (p) => ({ connecting: `${p} (203.0.113.77)` }),
};

function codesOf(d: Diagnosis): FixCode[] {
  return d.findings.flatMap((f) => f.fixSteps.flatMap((s) => (s.code ? [s.code] : [])));
}

/** The code part of a Finding.fix string: what follows the words, between the last pair of backticks. */
function codePartOf(fix: string): string | null {
  const end = fix.lastIndexOf('`');
  if (end !== fix.length - 1) return null;
  const start = fix.lastIndexOf(' `', end - 1);
  return start < 0 ? null : fix.slice(start + 2, end);
}

function expectClean(d: Diagnosis, payload: string): void {
  const danger = dangerOf(payload);
  for (const code of codesOf(d)) {
    for (const part of [code.value, code.host ?? '']) {
      // Printable ASCII only: no newline, bidi control, zero-width or look-alike letter got through.
      expect(part).toMatch(/^[\x20-\x7e]*$/);
      expect(part).not.toContain(danger);
    }
  }
  for (const f of d.findings) {
    f.fixSteps.forEach((s, i) => {
      if (s.code) expect(codePartOf(f.fix[i])).toBe(fixCodeLine(s.code));
    });
  }
}

describe('no unvalidated header byte reaches a command or record', () => {
  for (const [field, inject] of Object.entries(FIELDS)) {
    it.each([...PAYLOADS, HOMOGLYPH])(`${field}: %j`, (payload) => {
      const parts = inject(payload);
      const raw = exoBlock({
        authResults: parts.authResults ?? FAILING,
        from: parts.from ?? 'Contoso <hr@contoso.com>',
        forefront: parts.forefront ?? FOREFRONT,
        connecting: parts.connecting,
        extra: parts.extra,
      });
      expectClean(diagnoseHeaders(raw), payload);
    });
  }

  it('a refused value leaves a placeholder and a warning on the header it came from', () => {
    const raw = exoBlock({
      authResults: FAILING.replace('header.from=contoso.com', ''),
      from: 'Contoso <hr@evil.example|calc>',
      forefront: FOREFRONT,
    });
    const d = diagnoseHeaders(raw);
    expect(
      codesOf(d)
        .map((c) => c.value)
        .join('\n'),
    ).toContain('<sending domain>');
    const warning = d.warnings.find((w) => w.message.includes('"evil.example|calc"'));
    expect(warning).toMatchObject({ header: 'From' });
    expect(raw.split('\n')[(warning?.line ?? 0) - 1]).toContain('evil.example|calc');
  });

  it('an IDN goes into the record as punycode, its Unicode form shown beside it in the words', () => {
    const raw = exoBlock({
      authResults: FAILING.replace(/contoso\.com/g, 'bücher.example'),
      from: 'B <a@bücher.example>',
    });
    const d = diagnoseHeaders(raw);
    const spf = d.findings.flatMap((f) => f.fixSteps).find((s) => s.text.includes('before the final `all`'));
    expect(spf?.text).toContain('xn--bcher-kva.example (bücher.example)');
  });
});
