import type { AuthenticationResults, ParsedMessage, ReceivedHop } from '../parser/types';
import type { DiagnosisWarning } from './diagnosis';
import { normalizeDomain } from './alignment';
import { receivingSide } from './receiving-side';

/** Methods that make a header the receiver's verdict (not a sender-side stamp such as Mimecast's `auth=`). */
const VERDICT_METHODS = new Set(['spf', 'dkim', 'dmarc', 'compauth']);

/**
 * Headers judged before giving up on finding the receiver's. A receiving path stamps a handful; a hostile
 * block may bring thousands, each with its own authserv-id to trace through every Received line.
 */
const MAX_CANDIDATES = 50;

/** History headers named in the warnings; the rest are counted in the last one. */
const MAX_HISTORY_NOTES = 5;

/** The headers the receiver's verdict is read from, and what the reader is told about the choice. */
export interface VerdictHeaders {
  /** The verdict as one header (results of the same receiver's headers merged in), or null. */
  primary: AuthenticationResults | null;
  /** The headers merged into `primary`, the chosen top-most one first. */
  fields: AuthenticationResults[];
  notes: DiagnosisWarning[];
  /** The ARC instance the verdict was read from when no Authentication-Results gave one. */
  arcInstance: number | null;
}

/**
 * The top-most Authentication-Results with spf/dkim/dmarc/compauth results that the receiving side added
 * (see receiving-side.ts); headers above it that the receiver did not add are history, with a warning.
 * Without one, the highest ARC-Authentication-Results the receiving side added stands in: the results
 * of the last ARC sealer (RFC 8617 §4.1.2), which is the receiver when it sealed the message on arrival.
 */
export function selectVerdict(parsed: ParsedMessage): VerdictHeaders {
  const side = receivingSide(parsed);
  const history: AuthenticationResults[] = [];
  let chosen = -1;
  let judged = 0;
  for (let i = 0; i < parsed.authResults.length && judged < MAX_CANDIDATES; i++) {
    const ar = parsed.authResults[i];
    if (!carriesVerdict(ar)) continue;
    judged++;
    if (side.added(ar)) {
      chosen = i;
      break;
    }
    history.push(ar);
  }
  const notes = historyNotes(history, side.entryHop);
  if (chosen >= 0) {
    const fields = sameReceiver(parsed, chosen);
    return { primary: merged(fields), fields, notes, arcInstance: null };
  }
  const arc = highestArcResults(parsed, side.added);
  if (!arc || arc.instance === null) return { primary: null, fields: [], notes, arcInstance: null };
  notes.push({
    header: arc.loc.header,
    line: arc.loc.line,
    message:
      `No Authentication-Results from the receiving server: the verdict is read from ARC-Authentication-Results ` +
      `i=${arc.instance}, the highest ARC instance, where the last server to seal the message recorded its checks`,
  });
  return { primary: arc, fields: [arc], notes, arcInstance: arc.instance };
}

/** The sentence the summary ends with when the verdict comes from ARC-Authentication-Results. */
export function arcVerdictSentence(instance: number, authservId: string | null): string {
  const by = authservId ? ` of ${authservId}` : '';
  return (
    ` These headers carry no Authentication-Results: the results are read from the ARC-Authentication-Results` +
    `${by} (i=${instance}), the highest ARC instance.`
  );
}

function carriesVerdict(ar: AuthenticationResults): boolean {
  return ar.results.some((r) => VERDICT_METHODS.has(r.method));
}

function historyNotes(
  history: AuthenticationResults[],
  entryHop: (ar: AuthenticationResults) => ReceivedHop | null,
): DiagnosisWarning[] {
  const notes = history.slice(0, MAX_HISTORY_NOTES).map((ar) => {
    const entry = entryHop(ar);
    const where = entry ? ` (line ${entry.loc.line})` : '';
    return {
      header: ar.loc.header,
      line: ar.loc.line,
      message:
        `Read as history, not as the receiver's verdict: this header stands below the Received line where the ` +
        `receiving server accepted the message${where} and does not name that server, so it was already in the ` +
        `message when it arrived`,
    };
  });
  const more = history.length - notes.length;
  if (more > 0) {
    const last = history[history.length - 1];
    notes.push({
      header: last.loc.header,
      line: last.loc.line,
      message: `${more} more Authentication-Results below the receiving server's Received line read as history`,
    });
  }
  return notes;
}

/**
 * The chosen header and the headers around it that the same receiver wrote at the same time: the same
 * authserv-id (case-insensitive), next to each other among the Authentication-Results, no Received line
 * between them. Receivers that write one method per header (Proton, kernel.org, Gmail-hosted lists)
 * spread their verdict over them; a header from further down that only claims the name is not merged.
 */
function sameReceiver(parsed: ParsedMessage, chosen: number): AuthenticationResults[] {
  const all = parsed.authResults;
  // Sorted only when two neighbours share an id: most blocks have one verdict header per receiver.
  let hopLines: number[] | null = null;
  const together = (a: AuthenticationResults, b: AuthenticationResults): boolean =>
    sameId(a, b) &&
    !receivedBetween(
      (hopLines ??= parsed.hops.map((h) => h.loc.line).sort((x, y) => x - y)),
      a.loc.line,
      b.loc.line,
    );
  let first = chosen;
  while (first > 0 && together(all[first - 1], all[first])) first--;
  let last = chosen;
  while (last + 1 < all.length && together(all[last], all[last + 1])) last++;
  if (first === last) return [all[chosen]];
  const others = all.slice(first, last + 1).filter((_, i) => first + i !== chosen);
  return [all[chosen], ...others];
}

function sameId(a: AuthenticationResults, b: AuthenticationResults): boolean {
  return !!a.authservId && !!b.authservId && normalizeDomain(a.authservId) === normalizeDomain(b.authservId);
}

/** Some Received line lies strictly between two lines (`lines` sorted ascending). */
function receivedBetween(lines: number[], a: number, b: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= low) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length && lines[lo] < high;
}

/** One header holding the results of all `fields` in header order, located at the chosen one. */
function merged(fields: AuthenticationResults[]): AuthenticationResults {
  if (fields.length === 1) return fields[0];
  const inOrder = [...fields].sort((a, b) => a.loc.line - b.loc.line);
  return { ...fields[0], results: inOrder.flatMap((f) => f.results) };
}

/** The ARC-Authentication-Results with the highest i= among those the receiving side added. */
function highestArcResults(
  parsed: ParsedMessage,
  added: (ar: AuthenticationResults) => boolean,
): AuthenticationResults | null {
  let best: AuthenticationResults | null = null;
  for (const aar of parsed.arcAuthResults.slice(0, MAX_CANDIDATES)) {
    if (aar.instance === null || !carriesVerdict(aar) || !added(aar)) continue;
    if (!best || (best.instance ?? 0) < aar.instance) best = aar;
  }
  return best;
}
