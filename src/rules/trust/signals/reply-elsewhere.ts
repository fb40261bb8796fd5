/**
 * Replies or bounces go to another organization than the From domain's. A Reply-To elsewhere is how a
 * forged or impersonating message gets the answer (the classic invoice or CEO fraud); it is also normal
 * for lists and some services, so it weighs as spoofing only when the From domain is not proven or the
 * replies go to a mailbox anyone can open. A Return-Path elsewhere is routine for mailing services and
 * is read only when nothing proves the From domain.
 */
import type { MailAddress } from '../../../parser/types';
import { organizationalDomain } from '../../alignment';
import { evidenceOf } from '../../evidence';
import type { SignalCheck, TrustContext } from '../context';
import { isOpenMailboxDomain } from '../mailboxes';
import { shownDomain, shownText } from '../shown';

function elsewhere(address: MailAddress | null, { fromOrg }: TrustContext): string | null {
  if (!address?.domain || !fromOrg || address.domain.startsWith('[')) return null;
  const org = organizationalDomain(address.domain);
  return org === fromOrg ? null : org;
}

export const replyToElsewhere: SignalCheck = (context) => {
  const replyTo = context.facts.parsed.replyTo;
  const org = elsewhere(replyTo, context);
  if (!replyTo || !org || !context.fromOrg) return null;
  const open = isOpenMailboxDomain(org);
  const from = shownDomain(context.fromOrg);
  const where = open ? `a personal ${shownDomain(org)} mailbox` : shownDomain(org);
  const spoof = !context.proven || (open && !isOpenMailboxDomain(context.fromOrg));
  const replies = `replies would go to ${where}, not to ${from}.`;
  return {
    weight: spoof ? 'spoof' : 'caution',
    signal: {
      id: 'reply-to-elsewhere',
      text: `Replies go to ${shownText(replyTo.address)} at ${where}, not to ${from}.`,
      evidence: [evidenceOf(replyTo.loc)],
    },
    headline: spoof ? `This looks like fraud: ${replies}` : `R${replies.slice(1)}`,
  };
};

export const returnPathElsewhere: SignalCheck = (context) => {
  const returnPath = context.facts.parsed.returnPath;
  const org = elsewhere(returnPath, context);
  if (!returnPath || !org || !context.fromOrg || context.proven) return null;
  return {
    weight: 'caution',
    signal: {
      id: 'return-path-elsewhere',
      text: `Bounces go to ${shownDomain(org)}, not to ${shownDomain(context.fromOrg)}.`,
      evidence: [evidenceOf(returnPath.loc)],
    },
    headline: `It was sent through ${shownDomain(org)}, not by ${shownDomain(context.fromOrg)}'s own mail system.`,
  };
};
