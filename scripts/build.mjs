#!/usr/bin/env node
/**
 * `npm run build`: the task pane (webpack, production), the command line (esbuild) and the manifests,
 * all into dist/. The hosting URL for the production manifest comes from `--env ADDIN_URL=<https url>`
 * or the ADDIN_URL environment variable; without it the manifests point at https://localhost:3000.
 * `--env HELPDESK=<address>` (or HELPDESK) adds the pane's "Send to IT" action, addressed to it.
 */
import { createRequire } from 'node:module';
import { buildCli } from './build-cli.mjs';
import { buildTaskpane } from './build-taskpane.mjs';
import { buildManifests } from './build-manifest.mjs';
import { normaliseAddinUrl } from './manifest/urls.mjs';

const { checkHelpdesk, helpdeskFromArgs } = createRequire(import.meta.url)('./helpdesk.cjs');

function addinUrlFromArgs(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--env' ? argv[++i] : arg.startsWith('--env=') ? arg.slice(6) : null;
    if (value && value.startsWith('ADDIN_URL=')) return value.slice('ADDIN_URL='.length);
  }
  return process.env.ADDIN_URL || null;
}

const started = Date.now();
try {
  // Check the hosting URL before the minute-long webpack step, so a typo fails at once.
  const requestedUrl = addinUrlFromArgs(process.argv.slice(2));
  const addinUrl = requestedUrl ? normaliseAddinUrl(requestedUrl) : null;
  const helpdesk = checkHelpdesk(helpdeskFromArgs(process.argv.slice(2)));
  await buildTaskpane({ mode: 'production', helpdesk });
  await buildCli();
  await buildManifests({ addinUrl });
  console.log(
    `build: done in ${((Date.now() - started) / 1000).toFixed(1)} s${addinUrl ? ` for ${addinUrl}` : ''}`,
  );
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
