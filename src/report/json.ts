/** Diagnosis → JSON: exactly the Diagnosis (the public contract in DESIGN.md), indented by two spaces. */
import type { Diagnosis } from '../rules/diagnosis';

export function renderJson(diagnosis: Diagnosis): string {
  return JSON.stringify(diagnosis, null, 2);
}
