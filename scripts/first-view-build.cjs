/**
 * The task pane's first view is drawn before Griffel, the Fluent theme and Fluent's icons have loaded, so
 * what it needs of them is made here, at build time: src/taskpane/first-view/build-data.ts (the pane's own
 * style objects with the Fluent theme's token values, and the tags' icons as SVG shapes) is bundled with
 * esbuild and run. The bundle then carries that data instead of the theme and icon code (about 12 KB gzip
 * less in the first script); taskpane.html carries the first view's opening markup and stylesheet
 * (src/taskpane/first-view/first-page.ts).
 */
const path = require('node:path');
const vm = require('node:vm');
const esbuild = require('esbuild');

const ENTRY = path.resolve(__dirname, '../src/taskpane/first-view/build-data.ts');

/**
 * { data, page }: data is { rules, themes, icons } (src/taskpane/first-view/built.ts says what each is),
 * page is { head, root }, the HTML that taskpane.html carries of the first view.
 */
function firstViewBuild() {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    // React and Fluent are required from node_modules when it runs, not bundled.
    packages: 'external',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  vm.runInThisContext(`(function (module, exports, require) {${outputFiles[0].text}\n})`)(
    module,
    module.exports,
    require,
  );
  const data = module.exports.firstViewBuildData();
  return { data, page: module.exports.firstPageHtml(data) };
}

module.exports = { firstViewBuild };
