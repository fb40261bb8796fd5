/** Signals → level, headline and the one next step. */
import { compauthReportsAs } from '../findings/compauth-verdict';
import type { Trust } from '../diagnosis';
import type { SignalResult, TrustContext } from './context';
import { shownDomain } from './shown';

const REPORT_IT = "Don't reply or click; report it (Outlook: Report ▸ Phishing).";
const CHECK_ELSEWHERE =
  "Don't pay, sign in or open attachments because of it; check with the sender another way.";
const VERIFIED_CAUTION = 'The sender is proven, but check what it asks of you before you act on it.';
const VERIFIED_ADVICE = 'Nothing to check about the sender; judge what it asks of you as usual.';
const EXPLAINED_ADVICE =
  'The route explains the failure but proves nothing either: if it asks for money, passwords or files, check with the sender another way.';

function verifiedHeadline({ facts, fromOrg }: TrustContext): string {
  const from = fromOrg ? shownDomain(fromOrg) : 'the sender';
  if (facts.spfAlignedPass !== true) return `Signed by ${from} and verified.`;
  // "bücher.example (xn--bcher-kva.example)'s" would not read: the possessive needs a plain name.
  return from === fromOrg
    ? `Sent by ${from}'s own servers and verified.`
    : `Sent by the servers of ${from} and verified.`;
}

/** Who was on the benign path: the forwarder, the ARC sealer or the gateway. */
function intermediary({ facts }: TrustContext): string | null {
  if (compauthReportsAs(facts, 'arc-rescued')) return facts.auth.arc?.sealers[0] ?? null;
  if (facts.gatewayModified) return facts.auth.spf?.domain ?? null;
  return facts.relayDomain;
}

function explainedHeadline(context: TrustContext): string {
  const by = intermediary(context);
  const via = by ? ` (${shownDomain(by)})` : '';
  if (context.facts.gatewayModified) {
    return `Authentication failed only because a mail gateway${via} changed the message on the way; such changes break it.`;
  }
  if (context.facts.parsed.fields.some((f) => f.key === 'list-id')) {
    return `Authentication failed only because a mailing list${via} passed the message on and changed it; lists break it that way.`;
  }
  return `Authentication failed only because the message was forwarded${by ? ` by ${shownDomain(by)}` : ''}; forwarding breaks it.`;
}

export function judge(context: TrustContext, results: SignalResult[]): Trust {
  const signals = results.map((r) => r.signal);
  const spoof = results.find((r) => r.weight === 'spoof');
  const caution = results.find((r) => r.weight === 'caution');
  if (spoof) return { level: 'suspicious', headline: spoof.headline, advice: REPORT_IT, signals };
  if (context.proven) {
    const headline = verifiedHeadline(context);
    return caution
      ? { level: 'verified', headline: `${headline} ${caution.headline}`, advice: VERIFIED_CAUTION, signals }
      : { level: 'verified', headline, advice: VERIFIED_ADVICE, signals };
  }
  if (context.benignPath.length > 0) {
    const headline = explainedHeadline(context);
    const route = { id: 'benign-route' as const, text: headline, evidence: context.benignPath };
    return { level: 'explained', headline, advice: EXPLAINED_ADVICE, signals: [route, ...signals] };
  }
  const headline = "This message's sender could not be verified.";
  return {
    level: 'unverified',
    headline: caution ? `${headline} ${caution.headline}` : headline,
    advice: CHECK_ELSEWHERE,
    signals,
  };
}
