/** `auth-doctor --explain ID`: one section of the finding catalogue, which esbuild bundles as text. */
import catalogue from '../../docs/findings.md';
import { FINDING_IDS } from '../rules/diagnosis';
import { catalogueSection } from '../report/findings-catalogue';
import { EXPLAIN_LIST } from './args';

export type Explanation = { ok: true; text: string } | { ok: false; message: string };

export function explainFinding(id: string): Explanation {
  if (id === EXPLAIN_LIST) return { ok: true, text: `${FINDING_IDS.join('\n')}\n` };
  const section = (FINDING_IDS as readonly string[]).includes(id) ? catalogueSection(catalogue, id) : null;
  if (section === null)
    return {
      ok: false,
      message: `unknown finding id "${id}" (auth-doctor --explain ${EXPLAIN_LIST} prints the ids)`,
    };
  return { ok: true, text: section };
}
