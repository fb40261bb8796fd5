/**
 * Does the From domain send through Microsoft 365? Only then do Microsoft's templates fit its fixes
 * (`include:spf.protection.outlook.com`, `Set-DkimSigningConfig`); otherwise they would have the admin of a
 * Google or on-premises domain paste commands that do nothing, or authorise a platform it does not use.
 */
import type { ParsedMessage, ReceivedHop } from '../parser/types';
import type { RuleFacts } from './facts';
import { connectingHop } from './hops';

/** Exchange Online Protection's outbound servers, which hand a Microsoft 365 tenant's mail to the world. */
const OUTBOUND = '.outbound.protection.outlook.com';
/** Exchange Online's mailbox and transport servers. */
const MAILBOX = '.prod.outlook.com';

function endsWith(name: string | null, suffix: string): boolean {
  return name !== null && name.toLowerCase().endsWith(suffix);
}

const isMicrosoftHost = (name: string | null): boolean => endsWith(name, OUTBOUND) || endsWith(name, MAILBOX);

/**
 * The server that handed the message to the verdict's receiver, or any hop older than that one (both
 * ends of those are the sending side's), is Microsoft 365's. The connecting hop's `by` is the receiver's
 * own server, often Microsoft 365 too, so it proves nothing about the sender.
 */
function sentFromMicrosoftServers(parsed: ParsedMessage, facts: RuleFacts): boolean {
  const primary = parsed.authResults.find((a) => a.loc.line === facts.verdictEvidence[0]?.line) ?? null;
  const hop = connectingHop(parsed, primary);
  if (!hop) return false;
  const older: ReceivedHop[] = parsed.hops.filter((h) => h.loc.line > hop.loc.line);
  return isMicrosoftHost(hop.from) || older.some((h) => isMicrosoftHost(h.from) || isMicrosoftHost(h.by));
}

/** An Exchange cross-tenant stamp saying the sender authenticated inside the tenant itself. */
function sentInsideTenant(parsed: ParsedMessage): boolean {
  return parsed.fields.some(
    (f) => f.key === 'x-ms-exchange-crosstenant-authas' && f.value.trim().toLowerCase() === 'internal',
  );
}

export function sendsThroughMicrosoft365(facts: RuleFacts): boolean {
  return sentInsideTenant(facts.parsed) || sentFromMicrosoftServers(facts.parsed, facts);
}
