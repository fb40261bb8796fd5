/**
 * What the bench and fuzz scripts (plain Node) need from the TypeScript sources: bundled by esbuild into a
 * temporary ES module by ./load-engine.mjs, so the scripts run the same code as the task pane and the CLI.
 */
export { parseHeaders } from '../src/parser/index';
export { diagnose, diagnoseHeaders } from '../src/rules/index';
export { HOSTILE_SHAPES, largeRelayed, manyHops, smallBlock, typicalExchangeInbound } from './shapes';
