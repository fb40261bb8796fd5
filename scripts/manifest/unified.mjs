/**
 * XML manifest ► unified Microsoft 365 app manifest (manifest.json), with office-addin-manifest-converter,
 * then the fixes a production Outlook manifest needs that the converter (0.4.x) leaves out.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Package-relative icon files the unified manifest requires (192 px colour, 32 px white outline). */
export const UNIFIED_ICONS = { color: 'color.png', outline: 'outline.png' };

/** ≤ 80 characters (schema limit); the converter would cut the XML Description mid-word and prefix "<TRUNCATED>". */
const SHORT_DESCRIPTION = 'Diagnoses SPF, DKIM, DMARC, ARC and compauth; says who must fix what, and how.';

/** The icons' dark blue (scripts/manifest/draw-icons.mjs); the converter invents an unrelated colour. */
const ACCENT_COLOR = '#0E4F8B';

/**
 * Runs the converter on an XML manifest file and returns the parsed manifest.json it writes.
 * @param {string} xmlPath
 * @returns {Promise<Record<string, any>>}
 */
export async function convertXmlManifest(xmlPath) {
  const { convert } = require('office-addin-manifest-converter');
  const work = mkdtempSync(path.join(tmpdir(), 'auth-doctor-manifest-'));
  try {
    await convert(xmlPath, work, false, null, null, false);
    return JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Applies the production fixes to the converter's output (returns a new object):
 * - description.short: a sentence that fits 80 characters instead of a truncated one;
 * - icons: package-relative colour and outline PNGs drawn for the purpose (the converter points at the 64 and
 *   128 px ribbon icons, which are neither 192 px nor white outlines);
 * - accentColor: the icons' colour;
 * - validDomains: dropped. The converter lists the pane's own origin there (a host name, not under the hosting
 *   URL's path); like AppDomains in the XML it is needed only for other domains, and the pane navigates to none;
 * - developer.privacyUrl / termsOfUseUrl: the sections of the support page rather than its top;
 * - ribbons: the converter emits one per VersionOverrides (V1_0 and V1_1). Clients that read the unified
 *   manifest all support pinning, so only the V1_1 ribbon (pinnable action) is kept;
 * - runtimes/actions: the FunctionFile runtime (no actions: the add-in has no function commands) and actions no
 *   control uses are dropped; action display names become the button label instead of "action_1".
 * Throws when any string is still truncated, so a too-long XML string fails the build instead of shipping cut.
 * @param {Record<string, any>} converted
 * @returns {Record<string, any>}
 */
export function completeUnifiedManifest(converted) {
  const manifest = JSON.parse(JSON.stringify(converted)); // plain JSON data: a deep copy
  manifest.description.short = SHORT_DESCRIPTION;
  manifest.icons = { ...UNIFIED_ICONS };
  manifest.accentColor = ACCENT_COLOR;
  delete manifest.validDomains;
  const support = manifest.developer.websiteUrl;
  manifest.developer.privacyUrl = `${support}#privacy`;
  manifest.developer.termsOfUseUrl = `${support}#terms`;

  for (const extension of manifest.extensions ?? []) {
    const actions = new Map();
    for (const runtime of extension.runtimes ?? [])
      for (const action of runtime.actions ?? []) actions.set(action.id, action);
    const controlsOf = (ribbon) =>
      ribbon.tabs.flatMap((tab) => tab.groups.flatMap((group) => group.controls));
    const pinnable = (ribbon) =>
      controlsOf(ribbon).every((control) => actions.get(control.actionId)?.pinnable === true);
    if ((extension.ribbons ?? []).some(pinnable)) extension.ribbons = extension.ribbons.filter(pinnable);

    const labels = new Map();
    for (const ribbon of extension.ribbons ?? [])
      for (const control of controlsOf(ribbon)) labels.set(control.actionId, control.label);
    extension.runtimes = (extension.runtimes ?? [])
      .map((runtime) => {
        if (!runtime.actions) return runtime;
        const used = runtime.actions.filter((action) => labels.has(action.id));
        return {
          ...runtime,
          actions: used.map((action) => ({ ...action, displayName: labels.get(action.id) })),
        };
      })
      .filter((runtime) => runtime.actions?.length);
  }

  const text = JSON.stringify(manifest);
  if (text.includes('<TRUNCATED>')) {
    throw new Error(
      'manifest.json: the converter truncated a string; shorten it in manifest.xml (see the limits in the unified manifest schema)',
    );
  }
  return manifest;
}
