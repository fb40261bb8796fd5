/**
 * What `npm run fuzz` (./fuzz.mjs) needs, bundled by esbuild with the engine: the same properties and
 * generators as the jest robustness tests (test/robustness), and fast-check itself.
 */
export { default as fc } from 'fast-check';
export { engineProblems } from '../test/robustness/engine-properties';
export { arbitraryBytes, arbitraryText, mutatedFixture } from '../test/robustness/arbitraries';
