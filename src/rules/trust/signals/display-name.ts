/**
 * The display name is what Outlook shows first, so forgers put the address or domain they imitate there
 * ("ceo@contoso.com" <x@evil.example>, "Microsoft 365 Team"), or hide direction and zero-width
 * characters in it. Only an address or domain of another organization than the From domain's counts.
 */
import { domainToAscii } from '../../../parser/punycode';
import { organizationalDomain } from '../../alignment';
import { evidenceOf } from '../../evidence';
import { trimEndChars } from '../../trim-and-list';
import { hasInvisible } from '../../safe-values';
import type { SignalCheck } from '../context';
import { shownDomain, shownText } from '../shown';

/** Characters that end a word inside a display name. */
const SEPARATORS = new Set([' ', '\t', '<', '>', '"', "'", '(', ')', ',', ';', '[', ']', ':', '|']);

/** Domains a display name writes: "a@b.example" gives b.example, "contoso.com" gives contoso.com. */
export function domainsInName(name: string): string[] {
  const domains: string[] = [];
  let word = '';
  for (const char of `${name} `) {
    if (!SEPARATORS.has(char)) {
      word += char;
      continue;
    }
    // A domain has a dot: most words of a name ("Chris", "Green") have none to look at.
    if (!word.includes('.')) {
      word = '';
      continue;
    }
    const candidate = trimEndChars(word.slice(word.lastIndexOf('@') + 1), '.');
    const labels = candidate.split('.');
    const last = labels[labels.length - 1] ?? '';
    if (labels.length > 1 && labels.every((l) => l.length > 0) && /^\p{L}{2,}$/u.test(last)) {
      domains.push(domainToAscii(candidate));
    }
    word = '';
  }
  return domains;
}

export const displayNameElsewhere: SignalCheck = ({ facts, fromOrg }) => {
  const from = facts.parsed.from;
  if (!from?.name || !fromOrg) return null;
  const others = domainsInName(from.name).filter((d) => organizationalDomain(d) !== fromOrg);
  const hidden = hasInvisible(from.name);
  if (others.length === 0 && !hidden) return null;
  const name = shownText(from.name);
  const text =
    others.length > 0
      ? `The sender's name "${name}" shows ${others.map(shownDomain).join(', ')}, but the address is at ${shownDomain(fromOrg)}.`
      : `The sender's name "${name}" hides invisible or direction-changing characters.`;
  return {
    weight: 'spoof',
    signal: { id: 'display-name-address', text, evidence: [evidenceOf(from.loc)] },
    headline:
      others.length > 0
        ? `This looks like impersonation: the sender's name shows ${shownDomain(others[0])}, but the mail is from ${shownDomain(fromOrg)}.`
        : `This looks like impersonation: the sender's name hides characters that change how it reads.`,
  };
};
