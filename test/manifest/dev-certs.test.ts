/**
 * The dev certificate step when it can do nothing itself (not root, no sudo, no certutil): it still generates
 * the certificate under the given home, and returns the exact commands for each trust store and why. The
 * installing path is driven end to end, with Chromium, by the browser suite (test/e2e/scenarios/16).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runModule, script } from './run-module';

interface Prepared {
  trusted: string[];
  manualSteps: string[];
  reason: string;
}

const prepare = (home: string, anchorPath: string): Prepared =>
  runModule<Prepared>(`
    const { prepareDevCertificate } = await import(${script('scripts/manifest/dev-certs.mjs')});
    result = await prepareDevCertificate({
      home: ${JSON.stringify(home)},
      platform: 'linux',
      asRoot: false,
      systemStore: { anchorPath: ${JSON.stringify(anchorPath)}, refresh: ['/usr/sbin/update-ca-certificates'] },
      hasCommand: () => false,
    });
  `);

test('not root, no sudo, no certutil: nothing trusted, the exact commands for both stores', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'auth-doctor-dev-certs-'));
  try {
    const home = path.join(root, 'home');
    const anchor = path.join(root, 'anchors', 'office-addin-dev-certs', 'ca.crt');
    const ca = path.join(home, '.office-addin-dev-certs', 'ca.crt');
    const db = path.join(home, '.pki', 'nssdb');
    const prepared = prepare(home, anchor);

    expect(prepared.trusted).toEqual([]);
    expect(existsSync(ca)).toBe(true);
    expect(existsSync(anchor)).toBe(false);
    expect(prepared.reason).toMatch(/system store: not root and no sudo/);
    expect(prepared.reason).toMatch(/certutil is not installed/);
    expect(prepared.manualSteps).toEqual([
      `as root: mkdir -p ${path.dirname(anchor)} && cp ${ca} ${anchor} && /usr/sbin/update-ca-certificates`,
      'sudo apt-get install -y libnss3-tools (Fedora: nss-tools; Arch: nss)',
      `mkdir -p ${db} && { [ -f ${db}/cert9.db ] || certutil -d sql:${db} -N --empty-password; } && ` +
        `certutil -d sql:${db} -A -t C,, -n 'Developer CA for Microsoft Office Add-ins' -i ${ca}`,
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
