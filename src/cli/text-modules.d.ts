/** Markdown files imported as their text (esbuild's text loader; jest's test/support/text-transform.js). */
declare module '*.md' {
  const text: string;
  export default text;
}
