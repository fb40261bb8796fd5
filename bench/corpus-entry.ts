/**
 * What `npm run corpus` (./corpus.mjs) needs from the TypeScript sources, bundled by ./load-engine.mjs:
 * the engine, the tables an observed value is checked against, and the reading of files into messages.
 */
export { parseHeaders } from '../src/parser/index';
export { hasResultList, isRegisteredResult } from '../src/parser/result-words';
export { diagnose } from '../src/rules/index';
export { ANTISPAM_FIELDS, lookupNdrCode } from '../src/rules/knowledge/index';
export { extractMessages } from '../src/messages/extract';
