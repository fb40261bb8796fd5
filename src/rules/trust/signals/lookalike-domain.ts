/**
 * The From domain imitates the reader's own domain or a well-known brand. Weighs as spoofing even when
 * the From domain authenticates: a look-alike that passes proves only that the impersonator owns it.
 */
import { BRANDS } from '../../knowledge';
import { evidenceOf } from '../../evidence';
import type { SignalCheck, TrustContext } from '../context';
import { lookalikeOf, type LookalikeTarget } from '../lookalike';
import { isBrandOwned } from '../mailboxes';
import { shownDomain } from '../shown';

const BRAND_TARGETS: LookalikeTarget[] = BRANDS.flatMap((b) =>
  b.domains.map((domain) => ({ domain, otherEnding: false })),
);

function targets({ recipientOrg }: TrustContext): LookalikeTarget[] {
  return recipientOrg ? [{ domain: recipientOrg, otherEnding: true }, ...BRAND_TARGETS] : BRAND_TARGETS;
}

export const lookalikeDomain: SignalCheck = (context) => {
  const { facts, fromOrg } = context;
  const fromDomain = facts.parsed.from?.domain || facts.fromDomain;
  if (!fromDomain || !fromOrg || isBrandOwned(fromOrg)) return null;
  const match = lookalikeOf(fromDomain, targets(context));
  if (!match) return null;
  const from = shownDomain(fromOrg);
  const yours = match.target !== '' && match.target === context.recipientOrg;
  const imitated = match.target === '' ? null : yours ? `your own domain ${match.target}` : match.target;
  const evidence = facts.parsed.from ? [evidenceOf(facts.parsed.from.loc)] : facts.evidence.dmarc.slice(0, 1);
  return {
    weight: 'spoof',
    ...(match.target === '' ? {} : { subject: match.target }),
    signal: {
      id: 'lookalike-domain',
      text: imitated
        ? `${from} is not ${imitated}: it ${match.how}.`
        : `${from} ${match.how}, a trick to imitate another name.`,
      evidence,
    },
    headline: imitated
      ? `This looks like impersonation: ${from} only looks like ${imitated}.${context.proven ? ' Its authentication passed, which proves only who owns the look-alike.' : ''}`
      : `This looks like impersonation: ${from} mixes alphabets to look like another name.`,
  };
};
