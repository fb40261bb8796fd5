/** Runs webpack with webpack.config.js through its Node API. */
import webpack from 'webpack';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `helpdesk`: the checked "Send to IT" address, or null to leave the action out. */
export function buildTaskpane({ mode, helpdesk = null }) {
  const configFactory = require('../webpack.config.js');
  const env = helpdesk ? { HELPDESK: helpdesk } : {};
  const config = typeof configFactory === 'function' ? configFactory(env, { mode }) : configFactory;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}
