/**
 * The Office development certificate behind `npm start`'s https server.
 *
 * office-addin-dev-certs generates a CA and a localhost certificate in ~/.office-addin-dev-certs and, on Linux,
 * copies the CA into the system store through `sudo`. That fails in a root shell without sudo (a container),
 * and Chromium, Chrome and Edge on Linux do not read the system store anyway: they trust the user's NSS
 * database. So on Linux the same steps are taken here — directly when running as root, through sudo otherwise —
 * and the CA is also added to ~/.pki/nssdb with certutil (Debian: libnss3-tools). On Windows and macOS the
 * tool's own installer runs. Whatever cannot be done is returned as the exact commands to run by hand.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { silently } from './silently.mjs';

const require = createRequire(import.meta.url);

/** The CA's name, as office-addin-dev-certs writes it into the certificate (and as its NSS nickname here). */
export const CA_NAME = 'Developer CA for Microsoft Office Add-ins';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where a Linux distribution keeps locally added CAs and the command that rebuilds its bundle: the same
 * locations office-addin-dev-certs uses, so its `verify` and `uninstall` commands find the CA.
 * @typedef {{ anchorPath: string, refresh: string[] }} SystemStore
 */
/** @type {Record<string, SystemStore>} */
const SYSTEM_STORES = {
  '/usr/sbin/update-ca-certificates': {
    anchorPath: '/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt',
    refresh: ['/usr/sbin/update-ca-certificates'],
  },
  '/usr/sbin/update-ca-trust': {
    anchorPath: '/etc/ca-certificates/trust-source/anchors/office-addin-dev-certs-ca.crt',
    refresh: ['/usr/sbin/update-ca-trust'],
  },
};

/** This machine's system store (Debian/Ubuntu first, then Fedora/Arch), or null when neither tool exists. */
function detectSystemStore() {
  const tool = Object.keys(SYSTEM_STORES).find((file) => existsSync(file));
  return tool ? SYSTEM_STORES[tool] : null;
}

/** Whether a command is on PATH (no shell involved: the name is looked up in each PATH entry). */
function onPath(command) {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && existsSync(path.join(dir, command)));
}

/** The three files office-addin-dev-certs keeps under a home directory. */
export function certificateFiles(home = os.homedir()) {
  const dir = path.join(home, '.office-addin-dev-certs');
  return {
    dir,
    ca: path.join(dir, 'ca.crt'),
    cert: path.join(dir, 'localhost.crt'),
    key: path.join(dir, 'localhost.key'),
  };
}

/** The https server options (ca, cert, key) from those files. */
export function readServerOptions(home = os.homedir()) {
  const files = certificateFiles(home);
  return { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key) };
}

/**
 * Makes the dev certificate exist and be trusted where this user can make it trusted.
 * @param {{ home?: string, platform?: NodeJS.Platform, asRoot?: boolean, systemStore?: SystemStore | null,
 *   hasCommand?: (name: string) => boolean }} [options] all default to this machine; tests point them at
 *   a temporary home and store.
 * @returns {Promise<{ trusted: string[], manualSteps: string[], reason: string }>} trusted: the stores that
 *   now trust the CA (empty: serve http); manualSteps: commands for the stores that do not; reason: why not.
 */
export async function prepareDevCertificate({
  home = os.homedir(),
  platform = process.platform,
  asRoot = process.getuid?.() === 0,
  systemStore = detectSystemStore(),
  hasCommand = onPath,
} = {}) {
  if (platform !== 'linux') return viaOfficeTool(platform);
  const files = certificateFiles(home);
  if (!certificatesUsable(files)) await generate(files);
  const pem = readFileSync(files.ca, 'utf8');
  const outcomes = [
    installInSystemStore({ files, pem, asRoot, systemStore, hasCommand }),
    installInNssDatabase({ files, pem, home, asRoot, hasCommand }),
  ];
  return {
    trusted: outcomes.filter((outcome) => outcome.trusted).map((outcome) => outcome.store),
    manualSteps: outcomes.flatMap((outcome) => outcome.manualSteps ?? []),
    reason: outcomes
      .filter((outcome) => !outcome.trusted)
      .map((outcome) => `${outcome.store}: ${outcome.reason}`)
      .join('; '),
  };
}

/** Both certificates readable, the localhost one issued by the CA with its key, neither expiring within a day. */
function certificatesUsable(files) {
  try {
    const ca = new X509Certificate(readFileSync(files.ca));
    const cert = new X509Certificate(readFileSync(files.cert));
    const fresh = (certificate) => Date.parse(certificate.validTo) - Date.now() > DAY_MS;
    return (
      fresh(ca) &&
      fresh(cert) &&
      cert.checkIssued(ca) &&
      cert.verify(ca.publicKey) &&
      cert.checkPrivateKey(createPrivateKey(readFileSync(files.key)))
    );
  } catch {
    return false;
  }
}

/** New CA and localhost certificate from office-addin-dev-certs (it writes only when ca.crt is absent). */
async function generate(files) {
  for (const file of [files.ca, files.cert, files.key]) rmSync(file, { force: true });
  const { generateCertificates } = require('office-addin-dev-certs');
  await silently(() => generateCertificates(files.ca, files.cert, files.key));
}

function installInSystemStore({ files, pem, asRoot, systemStore, hasCommand }) {
  const store = 'system store';
  if (!systemStore) {
    return {
      store,
      trusted: false,
      reason: 'neither update-ca-certificates nor update-ca-trust is installed',
      manualSteps: [`add ${files.ca} to your distribution's trusted CAs`],
    };
  }
  const { anchorPath, refresh } = systemStore;
  if (existsSync(anchorPath) && readFileSync(anchorPath, 'utf8') === pem) return { store, trusted: true };
  const steps = [['mkdir', '-p', path.dirname(anchorPath)], ['cp', files.ca, anchorPath], refresh];
  const asAdmin = asRoot ? [] : hasCommand('sudo') ? ['sudo'] : null;
  if (asAdmin === null) {
    return {
      store,
      trusted: false,
      reason: 'not root and no sudo',
      manualSteps: [`as root: ${steps.map(shellLine).join(' && ')}`],
    };
  }
  try {
    for (const [command, ...args] of steps.map((step) => [...asAdmin, ...step])) {
      // stdin inherited: sudo may ask for a password.
      execFileSync(command, args, { stdio: ['inherit', 'pipe', 'pipe'] });
    }
    return { store, trusted: true };
  } catch (error) {
    return {
      store,
      trusted: false,
      reason: commandError(error),
      manualSteps: [steps.map((step) => shellLine([...asAdmin, ...step])).join(' && ')],
    };
  }
}

function installInNssDatabase({ files, pem, home, asRoot, hasCommand }) {
  const store = 'NSS database (Chromium, Chrome, Edge)';
  const db = path.join(home, '.pki', 'nssdb');
  const dbArg = `sql:${db}`;
  const create = ['certutil', '-d', dbArg, '-N', '--empty-password'];
  const add = ['certutil', '-d', dbArg, '-A', '-t', 'C,,', '-n', CA_NAME, '-i', files.ca];
  if (!hasCommand('certutil')) {
    return {
      store,
      trusted: false,
      reason: 'certutil is not installed',
      manualSteps: [
        `${asRoot ? '' : 'sudo '}apt-get install -y libnss3-tools (Fedora: nss-tools; Arch: nss)`,
        `${shellLine(['mkdir', '-p', db])} && { [ -f ${shellWord(path.join(db, 'cert9.db'))} ] || ${shellLine(create)}; } && ${shellLine(add)}`,
      ],
    };
  }
  try {
    if (!existsSync(path.join(db, 'cert9.db'))) {
      mkdirSync(db, { recursive: true, mode: 0o700 });
      run(create);
    }
    if (nssHolds(dbArg, pem)) return { store, trusted: true };
    // A CA from an earlier run under the same name: removed so the browser does not pick the stale one.
    for (let left = 10; left > 0 && nssHolds(dbArg, null); left--) {
      run(['certutil', '-d', dbArg, '-D', '-n', CA_NAME]);
    }
    run(add);
    return { store, trusted: true };
  } catch (error) {
    return { store, trusted: false, reason: commandError(error), manualSteps: [shellLine(add)] };
  }
}

/** Whether the NSS database holds a certificate named CA_NAME (and, given a PEM, that very certificate). */
function nssHolds(dbArg, pem) {
  let listed;
  try {
    listed = run(['certutil', '-d', dbArg, '-L', '-n', CA_NAME, '-a']);
  } catch {
    return false; // certutil exits non-zero when no certificate has that name
  }
  if (pem === null) return true;
  const wanted = new X509Certificate(pem).fingerprint256;
  return (listed.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? []).some(
    (block) => new X509Certificate(block).fingerprint256 === wanted,
  );
}

/** Windows and macOS: office-addin-dev-certs installs into the user's store (an admin prompt may appear). */
async function viaOfficeTool(platform) {
  const files = certificateFiles();
  try {
    await silently(() => require('office-addin-dev-certs').ensureCertificatesAreInstalled());
    return { trusted: ['user store'], manualSteps: [], reason: '' };
  } catch (error) {
    const manual =
      platform === 'darwin'
        ? `security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db ${shellWord(files.ca)}`
        : platform === 'win32'
          ? `powershell -Command "Import-Certificate -FilePath '${files.ca}' -CertStoreLocation Cert:\\CurrentUser\\Root"`
          : `add ${files.ca} to this system's trusted CAs`;
    return {
      trusted: [],
      manualSteps: [manual],
      reason: String(error instanceof Error ? error.message : error).split('\n')[0],
    };
  }
}

const run = ([command, ...args]) => execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe' });

const commandError = (error) =>
  String(error?.stderr?.toString().trim() || error?.message || error).split('\n')[0];

/** A word as a POSIX shell reads it literally (single-quoted unless it is plainly safe). */
const shellWord = (word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);
const shellLine = (words) => words.map(shellWord).join(' ');
