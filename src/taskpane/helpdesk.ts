/**
 * The help-desk address for "Send to IT", fixed at build time (webpack DefinePlugin, checked by
 * scripts/helpdesk.cjs). Read through a function so tests can set the global the build would define.
 */
declare const __HELPDESK__: string | undefined;

export function helpdeskAddress(): string | null {
  return typeof __HELPDESK__ === 'string' && __HELPDESK__ !== '' ? __HELPDESK__ : null;
}
