/**
 * webpack for the task pane: (env, argv) => config. Used by scripts/build-taskpane.mjs (production build)
 * and by scripts/start.mjs (webpack-dev-server through its API, which adds its own server settings).
 *
 * Office.js is never bundled: the page loads it with a <script> tag. Production points at Microsoft's
 * official location (required of published add-ins); development serves the copy shipped in
 * @microsoft/office-js so the pane works offline.
 */
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { resolveDnsResolver } = require('./scripts/dns-resolver.cjs');
const { checkHelpdesk } = require('./scripts/helpdesk.cjs');
const { firstViewBuild } = require('./scripts/first-view-build.cjs');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DEV_DIR = 'office-js';

/**
 * Office.js loads host-specific scripts and strings relative to its own URL: for Outlook that is
 * outlook-*.js and <locale>/outlook_strings.js + office_strings.js. The dev copy carries those for en-us
 * (other locales fall back to en-us in development).
 */
const OFFICE_JS_DEV_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'outlook-*.js',
  'en-us/**',
];

/** The chunk the pane needs for its first diagnosis (src/taskpane/engine.ts names it). */
const ENGINE_CHUNK = 'engine';

/**
 * Adds <link rel="preload" as="script"> to taskpane.html for each script of a named lazy chunk group: the
 * browser then fetches it with the entry script instead of after the entry has run and asked for it. The
 * files are same-origin, so the CSP's script-src 'self' covers them; webpack still runs them on import().
 */
class PreloadChunkGroupPlugin {
  constructor(groupName) {
    this.groupName = groupName;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunkGroupPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunkGroupPlugin', (data) => {
        const group = compilation.namedChunkGroups.get(this.groupName);
        if (!group) throw new Error(`no chunk group named "${this.groupName}" to preload`);
        for (const file of group.getFiles().filter((name) => name.endsWith('.js'))) {
          data.headTags.push(
            HtmlWebpackPlugin.createHtmlTagObject('link', {
              rel: 'preload',
              as: 'script',
              href: `${data.publicPath}${file}`,
            }),
          );
        }
        return data;
      });
    });
  }
}

/**
 * Starts each script the first verdict runs (the entry and the preloaded engine files) with Chromium's
 * compile hint `//# allFunctionsCalledOnLoad`: the browser then compiles all of their functions on the
 * thread that streams the script in, instead of one by one on the main thread the first time each is
 * called, which is most of the engine's first diagnosis. Other browsers read it as a comment. Added after
 * minification (which drops comments) and before the content hashes are computed.
 */
class CompileHintPlugin {
  constructor(groupNames) {
    this.groupNames = groupNames;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CompileHintPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING },
        () => {
          for (const name of this.groupNames) {
            const group = compilation.entrypoints.get(name) ?? compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`no entry or chunk group named "${name}" to hint`);
            for (const file of group.getFiles().filter((f) => f.endsWith('.js'))) {
              compilation.updateAsset(
                file,
                (source) => new sources.ConcatSource('//# allFunctionsCalledOnLoad\n', source),
              );
            }
          }
        },
      );
    });
  }
}

/** Whether webpack put `module` in the engine chunk. */
function inEngine(module, chunkGraph) {
  for (const chunk of chunkGraph.getModuleChunksIterable(module))
    if (chunk.name === ENGINE_CHUNK) return true;
  return false;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || (env.production ? 'production' : 'development');
  const production = mode === 'production';
  // "Send to IT" is addressed at build time; unset leaves the action out of the pane.
  const helpdesk = checkHelpdesk(env.HELPDESK);
  const officeJsDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  const assetsDir = path.resolve(__dirname, 'assets');
  // The DoH resolver for "Check DNS now" (off by default): its URL goes into the bundle, its origin into
  // the page's connect-src, and nothing else may be contacted.
  const dns = resolveDnsResolver(env.DNS_RESOLVER ?? process.env.DNS_RESOLVER);
  const firstView = firstViewBuild();

  const copyPatterns = [];
  if (fs.existsSync(assetsDir) && fs.readdirSync(assetsDir).length > 0) {
    copyPatterns.push({ from: assetsDir, to: 'assets', noErrorOnMissing: true });
  }
  if (!production) {
    for (const pattern of OFFICE_JS_DEV_FILES) {
      copyPatterns.push({
        from: pattern,
        context: officeJsDist,
        to: OFFICE_JS_DEV_DIR,
        // Already minimised by Microsoft: keep the minimiser and the dev server's processing off it.
        info: { minimized: true },
        noErrorOnMissing: true,
        globOptions: { ignore: ['**/*.debug.js'] },
      });
    }
  }

  return {
    mode,
    // es2020: webpack's runtime may then use globalThis and arrow functions; without it the runtime's global
    // shim is `new Function("return this")`, which the CSP (no 'unsafe-eval') forbids. Every Outlook host
    // browser is ES2020 (React 18 and Fluent v9 need a modern webview anyway).
    target: ['web', 'es2020'],
    entry: { taskpane: path.resolve(__dirname, 'src/taskpane/index.ts') },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // dist/ also holds the CLI and the manifests: clean only what this build wrote before.
      clean: { keep: (asset) => !/\.(js|html|map|LICENSE\.txt)$/.test(asset) || asset.startsWith('cli/') },
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // @kenjiuno/msgreader requires iconv-lite (built on Node's Buffer) only to decode 8-bit strings in a
      // code page the caller names (its ansiEncoding option); src/messages names none, so the .msg chunk
      // goes without it rather than with a Buffer polyfill.
      alias: { 'iconv-lite': false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; the bundle build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'ESNext' } },
          },
        },
        {
          // postal-mime's modules only define functions and classes, but its package does not say so. Said
          // here, the parser's import of decodeWords (first load) links to its own module, and the MIME
          // parser that src/messages uses stays in the lazy chunks that read files.
          test: /[\\/]node_modules[\\/]postal-mime[\\/]/,
          sideEffects: false,
        },
      ],
    },
    // No eval-based source maps: the page's CSP allows no 'unsafe-eval'.
    devtool: production ? false : 'source-map',
    optimization: {
      minimize: production,
      sideEffects: true,
      usedExports: true,
      splitChunks: {
        chunks: 'async',
        // The engine's modules in at most two files, not one per group of chunks that shares some of them:
        // each file is one more request before the first verdict.
        cacheGroups: {
          // What the engine shares with other lazy chunks (the parser: the paste box and .eml files use it).
          engineShared: {
            name: 'engine-shared',
            test: (module, { chunkGraph }) =>
              inEngine(module, chunkGraph) && chunkGraph.getNumberOfModuleChunks(module) > 1,
            enforce: true,
            priority: 10,
          },
          // webpack's own group for packages, minus the engine's (the Public Suffix List stays in its file).
          defaultVendors: {
            test: (module, { chunkGraph }) =>
              /[\\/]node_modules[\\/]/.test(module.nameForCondition() ?? '') && !inEngine(module, chunkGraph),
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __HELPDESK__: JSON.stringify(helpdesk ?? '') }),
      // The first view's stylesheet and icons (src/taskpane/first-view/built.ts), made from the pane's
      // styles when webpack starts: a dev server restart picks up a change to them.
      new DefinePlugin({ __FIRST_VIEW__: JSON.stringify(firstView.data) }),
      new HtmlWebpackPlugin({
        template: path.resolve(__dirname, 'src/taskpane/taskpane.html'),
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
        templateParameters: {
          officeJsUrl: production ? OFFICE_JS_CDN : `${OFFICE_JS_DEV_DIR}/office.js`,
          // CSP source for Office.js: the directory it and the host scripts it loads live in, not the whole host.
          officeJsSource: production ? new URL('./', OFFICE_JS_CDN).href : '',
          dnsOrigin: dns.origin ?? '',
          // The first view's opening state, drawn by the page itself (src/taskpane/first-view/first-page.ts).
          firstPage: firstView.page,
        },
        minify: production ? { collapseWhitespace: true, removeComments: true } : false,
      }),
      // Always defined: with "off" it is "" and the button's code is removed as dead code.
      new DefinePlugin({ 'process.env.DNS_RESOLVER_URL': JSON.stringify(dns.url ?? '') }),
      new PreloadChunkGroupPlugin(ENGINE_CHUNK),
      ...(production ? [new CompileHintPlugin(['taskpane', ENGINE_CHUNK])] : []),
      ...(copyPatterns.length > 0 ? [new CopyWebpackPlugin({ patterns: copyPatterns })] : []),
    ],
  };
};
