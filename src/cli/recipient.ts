/**
 * The --recipient ADDRESS value: one plain address (local@domain) of the reader's mailbox. Checked here
 * because it is typed by a person, and the domain must be a real host name for look-alike matching.
 */
import { safeHostname } from '../rules/safe-values';

/** The address when it is one, else why not (for the usage error). */
export function checkRecipient(
  value: string | undefined,
): { ok: true; address: string } | { ok: false; why: string } {
  if (value === undefined || value === '')
    return { ok: false, why: '--recipient needs an address, e.g. --recipient megan@contoso.com' };
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const plainLocal = local.length > 0 && local.length <= 64 && !/[\s<>()[\]\\,;:"@\p{Cc}\p{Cf}]/u.test(local);
  if (at < 0 || !plainLocal || !safeHostname(domain, 'recipient domain').ok) {
    return { ok: false, why: `--recipient "${value}" is not an e-mail address like megan@contoso.com` };
  }
  return { ok: true, address: value };
}
