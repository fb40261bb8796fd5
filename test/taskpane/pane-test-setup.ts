/**
 * jsdom lacks TextEncoder/TextDecoder, which postal-mime (used by the parser) needs at import time.
 * Imported first by the jsdom test files until test/support/setup.ts provides them (requested of the lead).
 * Also the async timeouts of the pane's tests.
 */
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

const scope = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
if (typeof scope.TextEncoder === 'undefined') scope.TextEncoder = TextEncoder;
if (typeof scope.TextDecoder === 'undefined') scope.TextDecoder = TextDecoder;

// Lazy-loaded parts are compiled by ts-jest on first import, which takes seconds on a busy 2-core
// machine: give findBy*/waitFor room, and the tests with them.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);
