/**
 * The diagnosis engine (parser, rules and the Public Suffix List they need) is a chunk of its own, so the
 * pane's first script is only the first view: index.ts starts this chunk at once (taskpane.html already
 * preloads its file), and it downloads and compiles while Office.js loads. A diagnosis waits for both the
 * headers and the engine.
 */
import type { Analysis, AnalysisSource } from './analysis';

type EngineModule = typeof import('./analysis');

let engine: Promise<EngineModule> | null = null;

/** Starts loading the engine (once); a failed load is forgotten, so the next diagnosis tries again. */
export function loadEngine(): Promise<EngineModule> {
  // The chunk name is what webpack.config.js preloads from taskpane.html.
  engine ??= import(/* webpackChunkName: "engine" */ './analysis').catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

/** `analyzeHeaders` once the engine is there; rejects when it cannot load or the text holds no headers. */
export function analyze(
  raw: string,
  source: AnalysisSource,
  label: string,
  recipient: string | null = null,
): Promise<Analysis> {
  return loadEngine().then((module) => module.analyzeHeaders(raw, source, label, recipient));
}
