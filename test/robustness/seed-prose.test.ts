/**
 * No text in src/ is copied from the seed documents: the product states facts in its own words and links
 * the source. Words are compared lower-cased with punctuation removed; a literal fails when it shares a
 * run of RUN consecutive words with any document in seeds/ (short phrases such as a field name or
 * "No action." are common property; a run this long is a copied sentence).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithSeeds, seedDocuments } from '../support/seed-documents';
import { findTexts } from './string-literal-inventory';

const RUN = 12;

/**
 * A line quoting a receiver's SMTP reply ("550 5.7.509 Access denied, …") is protocol data that a sample
 * message must reproduce as receivers write it, not prose: such lines are left out of the comparison.
 */
const SMTP_REPLY = /\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/;

function withoutSmtpReplies(text: string): string {
  return text
    .split('\n')
    .filter((line) => !SMTP_REPLY.test(line))
    .join('\n');
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** Every run of RUN consecutive words of `text`, each as one space-joined string. */
function runs(text: string): string[] {
  const w = words(text);
  return Array.from({ length: Math.max(0, w.length - RUN + 1) }, (_, i) => w.slice(i, i + RUN).join(' '));
}

/** Each literal sharing a run with a seed: "site: «run» (document)", the first shared run per literal. */
function copiedRuns(texts: { site: string; text: string }[], documents: [string, string][]): string[] {
  const owner = new Map<string, string>();
  for (const [name, text] of documents) for (const run of runs(text)) owner.set(run, name);
  return texts.flatMap(({ site, text }) => {
    const shared = runs(withoutSmtpReplies(text)).find((run) => owner.has(run));
    return shared === undefined ? [] : [`${site}: «${shared}» (${owner.get(shared)})`];
  });
}

describe('the text inventory', () => {
  it('reads literals, template text, JSX text and + chains from the syntax trees', () => {
    const dir = mkdtempSync(join(tmpdir(), 'text-inventory-'));
    try {
      writeFileSync(
        join(dir, 'sample.tsx'),
        [
          "const a = 'one two';",
          'const b = `three ${a} four`;',
          "const c = 'five ' + 'six ' + a + 'seven';",
          'const d = <p>eight nine</p>;',
        ].join('\n'),
      );
      expect(findTexts(dir).map((t) => t.text)).toEqual([
        'one two',
        'three ',
        ' four',
        'five six ',
        'seven',
        'eight nine',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the texts of src/', () => {
    expect(findTexts().length).toBeGreaterThan(500);
  });

  it(`flags a ${RUN}-word run across punctuation and case, and nothing shorter`, () => {
    const seed: [string, string][] = [
      ['seeds/x.txt', 'The quick brown fox, jumps over the lazy dog; 1 2 3 4 5.'],
    ];
    expect(
      copiedRuns([{ site: 's:1', text: 'THE quick brown fox jumps over the lazy-dog 1 2 3' }], seed),
    ).toEqual(['s:1: «the quick brown fox jumps over the lazy dog 1 2 3» (seeds/x.txt)']);
    expect(
      copiedRuns([{ site: 's:1', text: 'quick brown fox jumps over the lazy dog 1 2 3' }], seed),
    ).toEqual([]);
  });

  it('leaves out lines quoting an SMTP reply, and only those', () => {
    const seed: [string, string][] = [
      ['seeds/x.txt', 'one two three four five six seven eight nine ten eleven twelve'],
    ];
    const copied = 'one two three four five six seven eight nine ten eleven twelve';
    expect(
      copiedRuns([{ site: 's:1', text: `Remote server returned '550 5.7.509 ${copied}'` }], seed),
    ).toEqual([]);
    expect(copiedRuns([{ site: 's:1', text: `Remote server said\n${copied}` }], seed)).toHaveLength(1);
  });
});

describeWithSeeds('string literals of src/ against the seed documents', () => {
  it(`share no run of ${RUN} words with any seed`, () => {
    expect(copiedRuns(findTexts(), seedDocuments())).toEqual([]);
  });
});
