/** Diagnosis → JSON: exactly the Diagnosis (the public contract in DESIGN.md), indented by two spaces. */
import type { Diagnosis } from '../rules/diagnosis';

/**
 * Characters JSON.stringify leaves raw that a terminal would act on: DEL and C1 controls (U+009B is a
 * one-character CSI for some terminals), line/paragraph separators and bidirectional overrides. Written
 * as \u escapes they are still the same string to any JSON reader. (C0 controls are escaped already.)
 */
const TERMINAL_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function renderJson(diagnosis: Diagnosis): string {
  return safeJson(diagnosis, 2);
}

/** JSON.stringify with the terminal-unsafe characters escaped (the CLI's one-object-per-line output). */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    TERMINAL_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
