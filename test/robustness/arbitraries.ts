/**
 * fast-check generators of raw header blocks for the robustness properties: arbitrary text, arbitrary
 * bytes read as a file would be, and real fixtures mutated the way pasted or hostile headers go wrong
 * (truncated, lines duplicated or reordered, case changed, CR/LF/NUL/Unicode inserted, comments and
 * quotes left unbalanced). Mutations are plain data (kind + positions), so fast-check shrinks a
 * counterexample to the smallest edit of the smallest fixture that still fails.
 */
import fc from 'fast-check';

/**
 * Characters that break lexers (line ends, NUL, comment/quote/escape, Unicode edge cases) or mislead a
 * reader of the reports (a terminal escape, a one-byte CSI, a bidi isolate).
 */
const NASTY_PIECES = [
  '\r',
  '\n',
  '\r\n',
  '\r\r\n',
  '\0',
  '\t',
  ' ',
  '(',
  ')',
  '((',
  '))',
  '"',
  '\\',
  '\\"',
  ';',
  '=',
  ':',
  '@',
  '<',
  '>',
  ',',
  '=?utf-8?B?',
  '?=',
  '=?utf-8?Q?caf=C3=A9?=',
  '\ufeff',
  '\u00e9',
  '\u2028',
  '\u202e',
  '\u001b[2J',
  '\u009b31m',
  '\u2067',
  '\ud83d',
  '\ude00',
  '\ud83d\ude00',
  '\uffff',
  'xn--',
  '\r\n ',
  '\r\n\r\n',
  'Authentication-Results: ',
  'compauth=fail reason=',
  'dkim=',
  ' header.d=',
  'i=',
  'From: ',
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicateLines'; line: number; count: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'reverseLines' }
  | { kind: 'changeCase'; at: number; length: number; upper: boolean }
  | { kind: 'splice'; at: number; from: number; length: number; donor: number };

const position = fc.nat({ max: 1 << 20 });

const insertion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_PIECES) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...NASTY_PIECES), { minLength: 2, maxLength: 12 })
      .map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('(', '"', '\\').chain((c) => fc.nat({ max: 300 }).map((n) => c.repeat(n + 1))),
  },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.nat({ max: 200 }) }),
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: insertion }),
  },
  fc.record({
    kind: fc.constant('duplicateLines' as const),
    line: position,
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('swapLines' as const), a: position, b: position }),
  fc.record({ kind: fc.constant('reverseLines' as const) }),
  fc.record({
    kind: fc.constant('changeCase' as const),
    at: position,
    length: fc.nat({ max: 400 }),
    upper: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: position,
    from: position,
    length: fc.nat({ max: 400 }),
    donor: fc.nat(),
  }),
);

/** Lines with their line ends kept, so rejoining gives back the exact text. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function applyMutation(text: string, m: Mutation, donors: readonly string[]): string {
  const at = (n: number): number => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'changeCase': {
      const part = text.slice(at(m.at), at(m.at) + m.length);
      return (
        text.slice(0, at(m.at)) +
        (m.upper ? part.toUpperCase() : part.toLowerCase()) +
        text.slice(at(m.at) + m.length)
      );
    }
    case 'splice': {
      const donor = donors[m.donor % donors.length] ?? '';
      const from = donor.length === 0 ? 0 : m.from % donor.length;
      return text.slice(0, at(m.at)) + donor.slice(from, from + m.length) + text.slice(at(m.at));
    }
    default:
      break;
  }
  const lines = linesOf(text);
  if (lines.length === 0) return text;
  switch (m.kind) {
    case 'duplicateLines': {
      const i = m.line % lines.length;
      const run = lines.slice(i, i + m.count);
      return [...lines.slice(0, i + run.length), ...run, ...lines.slice(i + run.length)].join('');
    }
    case 'swapLines': {
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('');
    }
    case 'reverseLines':
      return lines.reverse().join('');
  }
}

/** A real fixture with 1 to 5 mutations applied. */
export function mutatedFixture(fixtures: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([index, mutations]) =>
      mutations.reduce((text, m) => applyMutation(text, m, fixtures), fixtures[index]),
    );
}

/** Arbitrary text: any UTF-16 (lone surrogates included), and header-looking text built from nasty pieces. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...NASTY_PIECES),
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          'Received: ',
          'ARC-Seal: ',
          'DKIM-Signature: ',
          'X-Forefront-Antispam-Report: ',
          'Subject: ',
        ),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join('')),
);

/** Arbitrary bytes read as a file is read: UTF-8 (invalid sequences replaced) or Latin-1. */
export const arbitraryBytes: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.boolean())
  .map(([bytes, utf8]) =>
    utf8 ? new TextDecoder('utf-8').decode(bytes) : Array.from(bytes, (b) => String.fromCharCode(b)).join(''),
  );
