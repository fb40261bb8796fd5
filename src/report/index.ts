/** The report formats of a Diagnosis: plain text, Markdown and JSON (pure TypeScript, host-free). */
export { renderText, DEFAULT_TEXT_WIDTH, type TextOptions } from './text-report';
export { renderMarkdown, type MarkdownOptions } from './markdown';
export { renderJson, safeJson } from './json';
export { OWNER_LABELS, OWNER_DESCRIPTIONS, ownerLabel } from './owner-labels';
