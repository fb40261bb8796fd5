/**
 * The project's own offline checks of an XML manifest (manifest.xml or a built dist/manifest.xml): what the
 * online validator cannot tell us or needs the network for. Each check returns the problems it found (empty =
 * passed). Used by `npm run validate` and by test/manifest.
 */
import { DOMParser } from '@xmldom/xmldom';
import { pngSize } from './png.mjs';

/** OfficeApp's children in schema order; the ones we ship must appear in this order. */
export const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
  'DisableEntityHighlighting',
  'VersionOverrides',
];
const REQUIRED = OFFICE_APP_ORDER.filter((name) => name !== 'AlternateId' && name !== 'AppDomains');
const MIN_MAILBOX = '1.5';
/** The XML schema's limits (ShortString / LongString resources, DisplayName, Description). */
const MAX_SHORT = 125;
const MAX_LONG = 250;
/** Where the pane lives, relative to the hosting URL; the hosting URL is everything before it. */
const PANE = 'taskpane.html';

/** Elements of an element, in document order. */
const childElements = (node) => Array.from(node.childNodes ?? []).filter((child) => child.nodeType === 1);
/** All descendant elements with a local name (namespace prefixes ignored: bt:Image is "Image"). */
const allDescendants = (node) => Array.from(node.getElementsByTagName('*'));
const descendants = (node, localName) => allDescendants(node).filter((el) => el.localName === localName);
const child = (node, localName) => childElements(node).find((el) => el.localName === localName);
const xsiType = (el) => el.getAttribute('xsi:type');

/**
 * Parses manifest text; a manifest that is not well-formed XML throws with the parser's messages.
 * @param {string} text
 */
export function parseManifest(text) {
  const errors = [];
  const report = (message) => errors.push(String(message).split('\n')[0]);
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: report, fatalError: report },
  }).parseFromString(text, 'text/xml');
  if (errors.length || !doc.documentElement || doc.documentElement.localName !== 'OfficeApp') {
    throw new Error(
      `not a well-formed OfficeApp manifest: ${errors.join('; ') || 'no OfficeApp root element'}`,
    );
  }
  return doc.documentElement;
}

/** The hosting URL a manifest was built for: its ItemRead SourceLocation without "taskpane.html". */
export function manifestBase(officeApp) {
  const source = descendants(officeApp, 'SourceLocation').find((el) => el.getAttribute('DefaultValue'));
  const url = source?.getAttribute('DefaultValue') ?? '';
  return url.endsWith(`/${PANE}`) ? url.slice(0, -PANE.length) : null;
}

/** Every URL in the manifest (attribute values and element texts), with where it was found. */
function allUrls(officeApp) {
  const found = [];
  for (const el of [officeApp, ...allDescendants(officeApp)]) {
    for (const attr of Array.from(el.attributes ?? [])) {
      // xmlns values name schemas (http:// by definition); no client loads them.
      if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value))
        found.push({ where: `${el.tagName}@${attr.name}`, url: attr.value });
    }
    const text = childElements(el).length ? '' : (el.textContent ?? '').trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) found.push({ where: el.tagName, url: text });
  }
  return found;
}

function checkElementOrder(officeApp) {
  const problems = [];
  const names = childElements(officeApp).map((el) => el.localName);
  let last = -1;
  for (const name of names) {
    const index = OFFICE_APP_ORDER.indexOf(name);
    if (index < 0) problems.push(`<${name}> is not an OfficeApp child the schema allows`);
    else if (index <= last)
      problems.push(`<${name}> is out of order: expected order is ${OFFICE_APP_ORDER.join(', ')}`);
    else last = index;
  }
  for (const name of REQUIRED) if (!names.includes(name)) problems.push(`<${name}> is missing`);
  return problems;
}

function checkIdentity(officeApp) {
  const problems = [];
  if (xsiType(officeApp) !== 'MailApp')
    problems.push(`OfficeApp xsi:type is "${xsiType(officeApp)}", expected "MailApp"`);
  const id = child(officeApp, 'Id')?.textContent.trim() ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`Id "${id}" is not a GUID`);
  const version = child(officeApp, 'Version')?.textContent.trim() ?? '';
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`Version "${version}" is not n.n.n.n`);
  for (const name of ['DisplayName', 'Description']) {
    const value = child(officeApp, name)?.getAttribute('DefaultValue') ?? '';
    const max = name === 'DisplayName' ? MAX_SHORT : MAX_LONG;
    if (!value) problems.push(`<${name}> has no DefaultValue`);
    else if (value.length > max)
      problems.push(`<${name}> is ${value.length} characters, the limit is ${max}`);
  }
  return problems;
}

function checkHttpsUrls(officeApp) {
  const base = manifestBase(officeApp);
  const problems = base ? [] : [`the ItemRead SourceLocation must end with /${PANE}`];
  for (const { where, url } of allUrls(officeApp)) {
    if (!url.startsWith('https://')) problems.push(`${where}: ${url} is not https`);
    else if (base && !url.startsWith(base))
      problems.push(`${where}: ${url} is not under the hosting URL ${base}`);
  }
  return problems;
}

function checkPermissionsAndMode(officeApp) {
  const problems = [];
  const permissions = child(officeApp, 'Permissions')?.textContent.trim();
  if (permissions !== 'ReadItem')
    problems.push(`Permissions is "${permissions}", expected ReadItem (least privilege)`);
  for (const form of descendants(child(officeApp, 'FormSettings') ?? officeApp, 'Form')) {
    if (xsiType(form) !== 'ItemRead')
      problems.push(`FormSettings has a ${xsiType(form)} form: read mode only`);
  }
  const rules = descendants(officeApp, 'Rule').filter((rule) => xsiType(rule) !== 'RuleCollection');
  if (!rules.length) problems.push('no activation Rule');
  for (const rule of rules) {
    if (
      xsiType(rule) !== 'ItemIs' ||
      rule.getAttribute('ItemType') !== 'Message' ||
      rule.getAttribute('FormType') !== 'Read'
    ) {
      problems.push(
        `Rule ${xsiType(rule)} ${rule.getAttribute('ItemType')}/${rule.getAttribute('FormType')}: only ItemIs Message Read`,
      );
    }
  }
  for (const point of descendants(officeApp, 'ExtensionPoint')) {
    if (xsiType(point) !== 'MessageReadCommandSurface')
      problems.push(`ExtensionPoint ${xsiType(point)}: only MessageReadCommandSurface`);
  }
  if (descendants(officeApp, 'MobileFormFactor').length)
    problems.push('MobileFormFactor present: Outlook mobile lacks getAllInternetHeadersAsync');
  return problems;
}

function checkRequirements(officeApp) {
  const problems = [];
  const sets = descendants(child(officeApp, 'Requirements') ?? officeApp, 'Set');
  const mailbox = sets.find((set) => set.getAttribute('Name') === 'Mailbox');
  if (mailbox?.getAttribute('MinVersion') !== MIN_MAILBOX) {
    problems.push(
      `Requirements: Mailbox MinVersion is ${mailbox?.getAttribute('MinVersion') ?? 'missing'}, expected ${MIN_MAILBOX}`,
    );
  }
  for (const overrides of descendants(officeApp, 'VersionOverrides')) {
    const setsEl = descendants(child(overrides, 'Requirements') ?? overrides, 'Sets')[0];
    if (setsEl && setsEl.getAttribute('DefaultMinVersion') !== MIN_MAILBOX) {
      problems.push(
        `${xsiType(overrides)}: Mailbox DefaultMinVersion is ${setsEl.getAttribute('DefaultMinVersion')}, expected ${MIN_MAILBOX}`,
      );
    }
  }
  return problems;
}

/** V1_0 then V1_1 nested as its last child; both carry the Diagnose button; pinning only in V1_1. */
function checkVersionOverrides(officeApp) {
  const problems = [];
  const v10 = child(officeApp, 'VersionOverrides');
  if (!v10 || xsiType(v10) !== 'VersionOverridesV1_0')
    return ['OfficeApp must contain VersionOverrides V1_0'];
  const v11 = child(v10, 'VersionOverrides');
  if (!v11 || xsiType(v11) !== 'VersionOverridesV1_1')
    return ['VersionOverrides V1_0 must contain VersionOverrides V1_1'];
  if (childElements(v10).at(-1) !== v11)
    problems.push('VersionOverrides V1_1 must be the last child of V1_0');
  for (const [label, overrides] of [
    ['V1_0', v10],
    ['V1_1', v11],
  ]) {
    const own = (el) => el.parentNode && closestOverrides(el) === overrides;
    const buttons = descendants(overrides, 'Control')
      .filter(own)
      .filter((control) => xsiType(control) === 'Button');
    const panes = buttons.filter((button) =>
      descendants(button, 'Action').some((a) => xsiType(a) === 'ShowTaskpane'),
    );
    if (!panes.length)
      problems.push(`${label}: no Button with a ShowTaskpane action on MessageReadCommandSurface`);
    for (const button of buttons)
      if (!child(button, 'Supertip'))
        problems.push(`${label}: button ${button.getAttribute('id')} has no Supertip`);
    const pinning = descendants(overrides, 'SupportsPinning').filter(own);
    if (label === 'V1_0' && pinning.length) problems.push('V1_0: SupportsPinning is only valid in V1_1');
    if (label === 'V1_1' && !(pinning.length && pinning.every((el) => el.textContent.trim() === 'true'))) {
      problems.push('V1_1: the ShowTaskpane action needs <SupportsPinning>true</SupportsPinning>');
    }
  }
  return problems;
}
function closestOverrides(el) {
  let node = el.parentNode;
  while (node && node.localName !== 'VersionOverrides') node = node.parentNode;
  return node;
}

/** Each VersionOverrides resolves resid only against its own Resources; each kind in its own table. */
const RESOURCE_KIND = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};
function checkResids(officeApp) {
  const problems = [];
  for (const overrides of descendants(officeApp, 'VersionOverrides')) {
    const label = xsiType(overrides);
    const resources = child(overrides, 'Resources');
    const defined = new Map();
    for (const table of resources ? childElements(resources) : []) {
      for (const entry of childElements(table)) {
        const id = entry.getAttribute('id');
        if (defined.has(id)) problems.push(`${label}: resource id "${id}" is defined twice`);
        defined.set(id, { kind: table.localName, entry, used: false });
        const value = entry.getAttribute('DefaultValue') ?? '';
        const max =
          table.localName === 'ShortStrings'
            ? MAX_SHORT
            : table.localName === 'LongStrings'
              ? MAX_LONG
              : Infinity;
        if (value.length > max)
          problems.push(`${label}: ${id} is ${value.length} characters, the limit is ${max}`);
        if (id.length > 32) problems.push(`${label}: resource id "${id}" is longer than 32 characters`);
      }
    }
    const users = allDescendants(overrides).filter(
      (el) => el.hasAttribute('resid') && closestOverrides(el) === overrides,
    );
    for (const user of users) {
      const resid = user.getAttribute('resid');
      const resource = defined.get(resid);
      const kind = RESOURCE_KIND[user.localName];
      if (!resource)
        problems.push(`${label}: resid "${resid}" (on <${user.tagName}>) is not defined in its Resources`);
      else if (kind && resource.kind !== kind)
        problems.push(
          `${label}: resid "${resid}" on <${user.tagName}> must be in ${kind}, not ${resource.kind}`,
        );
      else resource.used = true;
    }
    for (const [id, { used }] of defined)
      if (!used) problems.push(`${label}: resource "${id}" is defined but never used`);
  }
  return problems;
}

/**
 * Every icon the manifest names, with the size it states: IconUrl 64 px, HighResolutionIconUrl 128 px, and each
 * ribbon <bt:Image size="N" resid="…"> the N of its use.
 */
export function manifestIcons(officeApp) {
  const icons = [
    { where: 'IconUrl', url: child(officeApp, 'IconUrl')?.getAttribute('DefaultValue'), size: 64 },
    {
      where: 'HighResolutionIconUrl',
      url: child(officeApp, 'HighResolutionIconUrl')?.getAttribute('DefaultValue'),
      size: 128,
    },
  ];
  for (const overrides of descendants(officeApp, 'VersionOverrides')) {
    const images = new Map();
    const resources = child(overrides, 'Resources');
    for (const image of resources ? descendants(child(resources, 'Images') ?? resources, 'Image') : []) {
      images.set(image.getAttribute('id'), image.getAttribute('DefaultValue'));
    }
    for (const use of descendants(overrides, 'Image').filter(
      (el) => el.hasAttribute('resid') && closestOverrides(el) === overrides,
    )) {
      const url = images.get(use.getAttribute('resid'));
      if (url)
        icons.push({
          where: `${xsiType(overrides)} ${use.getAttribute('resid')}`,
          url,
          size: Number(use.getAttribute('size')),
        });
    }
  }
  return icons.filter((icon) => icon.url);
}

/** Every file under the hosting URL that the manifest makes a client load, as paths relative to that URL. */
export function referencedFiles(officeApp) {
  const base = manifestBase(officeApp);
  if (!base) return [];
  const paths = allUrls(officeApp)
    .map(({ url }) => url)
    .filter((url) => url.startsWith(base))
    .map((url) => decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, '')));
  return [...new Set(paths)].sort();
}

/**
 * @param {object} officeApp
 * @param {(relativePath: string) => Buffer | null | undefined} readFile  the file under the hosting root, null when
 *   missing, undefined when this check cannot see it (e.g. taskpane.html before webpack has built it)
 */
function checkFiles(officeApp, readFile) {
  const problems = [];
  const base = manifestBase(officeApp);
  for (const file of referencedFiles(officeApp))
    if (readFile(file) === null) problems.push(`${file}: referenced by the manifest but missing`);
  for (const { where, url, size } of manifestIcons(officeApp)) {
    if (!base || !url.startsWith(base)) continue;
    const bytes = readFile(url.slice(base.length));
    if (!bytes) continue;
    try {
      const actual = pngSize(bytes);
      if (actual.width !== size || actual.height !== size) {
        problems.push(
          `${where}: ${url.slice(base.length)} is ${actual.width}x${actual.height}, the manifest states ${size}x${size}`,
        );
      }
    } catch (error) {
      problems.push(`${where}: ${url.slice(base.length)}: ${error.message}`);
    }
  }
  return problems;
}

/**
 * Runs every offline check.
 * @param {string} text the manifest XML
 * @param {{ readFile: (relativePath: string) => Buffer | null | undefined }} options
 * @returns {{ name: string, problems: string[] }[]}
 */
export function checkManifest(text, { readFile }) {
  let officeApp;
  try {
    officeApp = parseManifest(text);
  } catch (error) {
    return [{ name: 'well-formed XML', problems: [error.message] }];
  }
  return [
    { name: 'well-formed XML', problems: [] },
    { name: 'element order of OfficeApp', problems: checkElementOrder(officeApp) },
    { name: 'MailApp identity (GUID, version, names)', problems: checkIdentity(officeApp) },
    { name: 'every URL https, under the hosting URL', problems: checkHttpsUrls(officeApp) },
    {
      name: 'ReadItem only, read mode only, no mobile surface',
      problems: checkPermissionsAndMode(officeApp),
    },
    { name: `Mailbox requirement ${MIN_MAILBOX}`, problems: checkRequirements(officeApp) },
    { name: 'VersionOverrides V1_0 + V1_1 with SupportsPinning', problems: checkVersionOverrides(officeApp) },
    { name: 'every resid defined (and used)', problems: checkResids(officeApp) },
    {
      name: 'referenced files present, icons at their stated size',
      problems: checkFiles(officeApp, readFile),
    },
  ];
}
