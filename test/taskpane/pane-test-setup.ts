/**
 * Imported first by the pane's jsdom tests. (TextEncoder/TextDecoder for postal-mime come from
 * test/support/setup.ts.)
 */
import { configure } from '@testing-library/react';

// Lazy-loaded parts are compiled by ts-jest on first import, which takes seconds on a busy 2-core
// machine: give findBy*/waitFor room, and the tests with them.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60000);
