/** What the brand table says about shared mail services: open mailboxes and shared sending platforms. */
import { BRANDS } from '../knowledge';
import { organizationalDomain } from '../alignment';

const OPEN_MAILBOXES = new Set(BRANDS.flatMap((b) => b.mailboxes ?? []));
const SHARED_PLATFORMS = new Set(BRANDS.flatMap((b) => b.platforms ?? []));
const BRAND_OWNED = new Set(
  BRANDS.flatMap((b) => [...b.domains, ...(b.mailboxes ?? []), ...(b.platforms ?? [])]),
);

/** Anyone can open a mailbox there, so an address there can be anybody. */
export function isOpenMailboxDomain(domain: string): boolean {
  return OPEN_MAILBOXES.has(organizationalDomain(domain));
}

/** A host of a mail service that sends for all its customers. */
export function isSharedPlatform(host: string): boolean {
  return SHARED_PLATFORMS.has(organizationalDomain(host));
}

/** A domain of a brand in the table: never a look-alike of it. */
export function isBrandOwned(domain: string): boolean {
  return BRAND_OWNED.has(organizationalDomain(domain));
}
