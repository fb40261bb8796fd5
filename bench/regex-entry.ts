/**
 * What the regex replay (./regex-replay.mjs) needs, bundled by esbuild: the syntax-tree inventory of every
 * regex in src/ that the jest check (test/robustness/regex-linear.test.ts) uses, so both see the same set.
 */
export { findRegexes } from '../test/robustness/regex-inventory';
