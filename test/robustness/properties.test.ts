/**
 * The robustness properties (./engine-properties.ts) on 10,000 generated blocks in all: parseHeaders and
 * diagnose never throw, the Diagnosis is schema-valid, no internal error is swallowed, parsing is
 * idempotent on unfold, and no report lets a control or bidi character through. Long runs:
 * `npm run fuzz -- --runs 1000000`.
 *
 * The seed is fixed so the suite gives the same answer on every machine (FC_SEED=<n> explores another
 * part of the space; the fuzzer uses a new seed every run). A failure prints the shrunk block.
 */
import fc from 'fast-check';
import { listFixtures } from '../corpus/corpus';
import { arbitraryBytes, arbitraryText, mutatedFixture } from './arbitraries';
import { engineProblems, unfoldedBlock } from './engine-properties';
import { parseHeaders } from '../../src/parser/index';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const fixtures = listFixtures().map((f) => f.raw);

function holds(raw: string): void {
  const problems = engineProblems(raw);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

describe('robustness properties (never throws, schema-valid Diagnosis, idempotent on unfold, safe reports)', () => {
  // Mutated fixtures reach every field parser and rule, so they get most of the 10,000 runs.
  it('hold on 6,000 mutated real fixtures', () => {
    fc.assert(fc.property(mutatedFixture(fixtures), holds), { numRuns: 6000, seed: SEED });
  });

  it('hold on 2,000 arbitrary texts', () => {
    fc.assert(fc.property(arbitraryText, holds), { numRuns: 2000, seed: SEED + 1 });
  });

  it('hold on 2,000 arbitrary byte strings', () => {
    fc.assert(fc.property(arbitraryBytes, holds), { numRuns: 2000, seed: SEED + 2 });
  });

  it('hold on every fixture as it is', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    for (const raw of fixtures) expect(engineProblems(raw)).toEqual([]);
  });
});

describe('the properties catch what they claim to', () => {
  it('unfolding keeps every field of a folded block', () => {
    const raw =
      'Authentication-Results: spf=pass (sender IP is 203.0.113.20)\r\n smtp.mailfrom=fabrikam.com;\r\n\tdkim=pass header.d=fabrikam.com\r\nSubject: Re:\r\n  Project Falcon\r\n';
    const fields = parseHeaders(raw).fields;
    expect(unfoldedBlock(fields)).toBe(
      'Authentication-Results: spf=pass (sender IP is 203.0.113.20) smtp.mailfrom=fabrikam.com;\tdkim=pass header.d=fabrikam.com\r\n' +
        'Subject: Re:  Project Falcon\r\n',
    );
    expect(engineProblems(raw)).toEqual([]);
  });
});

/** Counterexamples the fuzzer found (fuzz-counterexamples/), minimised by hand: each must stay fixed. */
describe('known fuzz counterexamples', () => {
  it.each([
    ['an empty Authentication-Results (evidence with no text)', 'Authentication-Results:\n'],
    [
      'an empty X-MS-Exchange-Organization-AuthAs (evidence with no text)',
      'X-MS-Exchange-Organization-AuthAs:\n',
    ],
    [
      'Authentication-Results with DMARC only (dkim-none without evidence)',
      'Authentication-Results: dmarc=pass header.from=fabrikam.com\n',
    ],
    [
      'Authentication-Results with compauth only (no-authentication without evidence)',
      'Authentication-Results: compauth=pass reason=109\n',
    ],
    [
      'an upper-case field after the antispam report, folded before its first ";" (unfold changed the fields)',
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:5;\nRECEIVED: from a.example\n by b.example; Mon, 23 Nov 2026 14:05:10 +0000\n',
    ],
    [
      'an unknown upper-case field after X-Microsoft-Antispam, folded before its ";" (unfold changed the fields)',
      'X-Microsoft-Antispam: BCL:0;\nXYZZY: from a.example\n by b.example; Mon, 23 Nov 2026 10:55:33 +0000\n',
    ],
    [
      'an antispam key written with a space before its colon (obsolete syntax) after the report',
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;\nBCL :0;ARA:1\n',
    ],
    [
      'an antispam key alone on its line, its value on an unindented next line',
      'X-Forefront-Antispam-Report:\nBCL:\n0;ARA:1;\n',
    ],
    [
      'a block pasted with blank lines between fields: an antispam key after a blank line',
      ' X-A: 1\nX-Microsoft-Antispam-Mailbox-Delivery:\n \r\nX-Forefront-Antispam-Report:\n\r BCL:0;ARA:\r',
    ],
  ])('%s', (_name, raw) => {
    expect(engineProblems(raw)).toEqual([]);
  });

  it('an upper-case SUBJECT with a ";" after the antispam report stays a field (found with the case above)', () => {
    const parsed = parseHeaders(
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:5;\nSUBJECT: Lunch; Friday\n',
    );
    expect(parsed.fields.map((f) => f.key)).toEqual(['x-forefront-antispam-report', 'subject']);
    expect(parsed.subject).toBe('Lunch; Friday');
  });
});
