import type { Location } from '../parser/types';
import type { Evidence } from './diagnosis';

/** A parser location as finding evidence: the header, the text that proves it and its line. */
export function evidenceOf(loc: Location): Evidence {
  return { header: loc.header, text: loc.text, line: loc.line };
}
