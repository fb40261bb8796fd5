/** The report formats of a Diagnosis: plain text, Markdown and JSON (pure TypeScript, host-free). */
export { renderText, DEFAULT_TEXT_WIDTH } from './text-report';
export { renderMarkdown } from './markdown';
export { renderJson, safeJson } from './json';
