/** Jest transform: a Markdown file imported as a module is its text, as esbuild's text loader makes it. */
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
