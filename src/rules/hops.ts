import type { AuthenticationResults, ParsedMessage, ReceivedHop } from '../parser/types';

/**
 * The hop in which the receiver that stamped the verdict accepted the message: the first Received below
 * that Authentication-Results (or, without one, below the Received-SPF), i.e. the newest hop older than
 * the verdict. Its from-clause names the server that handed the message over. Null when none is shown.
 */
export function connectingHop(
  parsed: ParsedMessage,
  primary: AuthenticationResults | null,
): ReceivedHop | null {
  const anchor = primary?.loc.line ?? parsed.receivedSpf[0]?.loc.line;
  if (anchor === undefined) return null;
  // The nearest hop below the anchor: one pass, no sorted copy.
  let nearest: ReceivedHop | null = null;
  for (const h of parsed.hops) {
    if (h.loc.line > anchor && (nearest === null || h.loc.line < nearest.loc.line)) nearest = h;
  }
  return nearest;
}
