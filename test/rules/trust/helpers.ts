/** Shared helpers for the trust tests: fixtures by name, and a signal looked up by id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseHeaders } from '../../../src/rules';
import type { Diagnosis, TrustSignal, TrustSignalId } from '../../../src/rules/diagnosis';
import { lineOf } from '../helpers';

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', `${name}.eml`), 'utf8');
}

export function trustOf(raw: string, recipient?: string): Diagnosis['trust'] {
  return diagnoseHeaders(raw, { recipient }).trust;
}

export function signalIds(trust: Diagnosis['trust']): TrustSignalId[] {
  return trust.signals.map((s) => s.id);
}

/** The signal with `id`, whose evidence must point at the line of `raw` holding `needle`. */
export function signalOn(
  raw: string,
  trust: Diagnosis['trust'],
  id: TrustSignalId,
  needle: string,
): TrustSignal {
  const signal = trust.signals.find((s) => s.id === id);
  if (!signal) throw new Error(`no ${id} signal; got ${signalIds(trust).join(', ') || 'none'}`);
  expect(signal.evidence.map((e) => e.line)).toContain(lineOf(raw, needle));
  expect(signal.text.length).toBeGreaterThan(10);
  return signal;
}
