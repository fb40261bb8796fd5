/** Runs webpack with webpack.config.js through its Node API. */
import webpack from 'webpack';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * `helpdesk`: the checked "Send to IT" address, or null to leave the action out. `dnsResolver`: the
 * DNS_RESOLVER choice (scripts/dns-resolver.cjs), undefined for the default (off). `outputPath`: another
 * folder than dist/ (the e2e suite builds a second pane there with an address, keeping dist/ the default).
 */
export function buildTaskpane({ mode, helpdesk = null, dnsResolver, outputPath = null }) {
  const configFactory = require('../webpack.config.js');
  const env = {
    ...(helpdesk ? { HELPDESK: helpdesk } : {}),
    ...(dnsResolver === undefined ? {} : { DNS_RESOLVER: dnsResolver }),
  };
  const config = typeof configFactory === 'function' ? configFactory(env, { mode }) : configFactory;
  if (outputPath) config.output = { ...config.output, path: outputPath };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}
