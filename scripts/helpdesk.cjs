/**
 * The help-desk address the pane's "Send to IT" writes to, set at build time with
 * `npm run build -- --env HELPDESK=security@contoso.com` (or the HELPDESK environment variable). Checked
 * here so a typo fails the build instead of shipping a button that mails nobody.
 */

/** A plain address: a dot-atom local part and a domain of LDH labels with a letter TLD. */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** The address, or null when none is set; throws on one that is not a plain address. */
function checkHelpdesk(value) {
  if (value === undefined || value === null || value === '') return null;
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const valid =
    at > 0 &&
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]);
  if (!valid) throw new Error(`HELPDESK "${value}" is not an e-mail address like security@contoso.com`);
  return value;
}

/** HELPDESK=… from `--env` arguments, else from the environment. */
function helpdeskFromArgs(argv, env = process.env) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--env' ? argv[++i] : arg.startsWith('--env=') ? arg.slice(6) : null;
    if (value && value.startsWith('HELPDESK=')) return value.slice('HELPDESK='.length);
  }
  return env.HELPDESK || null;
}

module.exports = { checkHelpdesk, helpdeskFromArgs };
