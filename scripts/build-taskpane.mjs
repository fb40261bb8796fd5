/** Runs webpack with webpack.config.js through its Node API. */
import webpack from 'webpack';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function buildTaskpane({ mode, env = {} }) {
  const configFactory = require('../webpack.config.js');
  const config = typeof configFactory === 'function' ? configFactory(env, { mode }) : configFactory;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}
