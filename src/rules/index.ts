import type { ParsedMessage } from '../parser/types';
import { parseHeaders } from '../parser';
import type { Diagnosis } from './diagnosis';
import { diagnoseParsed, type DiagnoseOptions } from './engine';

/** Facts → Diagnosis (DESIGN.md). Never throws. */
export function diagnose(parsed: ParsedMessage, options: DiagnoseOptions = {}): Diagnosis {
  return diagnoseParsed(parsed, options);
}

/** Raw header block (pasted text or .eml) → Diagnosis. Never throws. */
export function diagnoseHeaders(raw: string, options: DiagnoseOptions = {}): Diagnosis {
  return diagnose(parseHeaders(raw), options);
}

export type { DiagnoseOptions } from './engine';

export type { Diagnosis } from './diagnosis';
