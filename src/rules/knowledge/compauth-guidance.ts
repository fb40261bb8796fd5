/**
 * The compauth guide's "Diagnosis and resolution by code family" sections, verbatim, and its
 * recommended action plan: the long-form explanations behind the reason-code table.
 */
import type { CompauthGuidanceRow } from './types';
import { SOURCES } from './sources';

export const COMPAUTH_GUIDANCE: CompauthGuidanceRow[] = [
  {
    codes: ['000'],
    heading: 'reason=000: a strict DMARC broken by alignment',
    paragraphs: [
      'reason=000 means that the sending domain publishes a DMARC with p=quarantine or p=reject, but the message does not respect DMARC alignment. DMARC alignment requires that SPF or DKIM passes and that the verified domain matches the From: domain. Note: since mid-August 2023, when the recipient points its MX directly to Microsoft 365, a reason=000 against a p=reject no longer merely degrades the message, it can lead to a rejection at the gateway level (NDR 550 5.7.509). The stakes of the fix are therefore no longer just the inbox versus Junk, but delivery at all.',
      "The most frequent cause is email forwarding. When a message is forwarded, the sending IP changes (the forwarding server's IP replaces the original IP), which breaks SPF alignment. If DKIM is not present or if the body is modified in transit, DKIM fails too, and DMARC therefore fails completely.",
      'The second cause is sending from an unauthorized source: an emailing provider that has not been declared in SPF nor configured to sign DKIM with your domain.',
      'The resolution depends on the case. For a legitimate sending source, authorize it: add its include: mechanism to SPF and configure aligned DKIM signing on your domain. For forwarding, the only robust answer is ARC: the forwarding server must apply an ARC signature, and the Microsoft 365 recipient must recognize that sealer as trusted (which then produces a reason=130).',
      "Take a concrete example of forwarding that produces a reason=000. A message leaves from compta@captaindns.com, duly DKIM-signed with d=captaindns.com and sent from an IP authorized by the domain's SPF. Everything is aligned at the origin. The recipient set up automatic forwarding to a mailbox hosted at Microsoft 365. The forwarding server re-sends the message from its own IP, which is not in captaindns.com's SPF: SPF fails on Microsoft's side. If the forwarding server also added a \"forwarded message\" notice to the body, the DKIM hash no longer matches and DKIM fails too. The From: remained compta@captaindns.com with a strict DMARC: DMARC therefore fails completely, and Microsoft records compauth=fail reason=000. The message is nonetheless perfectly legitimate. Only ARC, by preserving the original authentication results all along the chain, makes it possible to recover this case without loosening the sending domain's policy.",
    ],
    source: { ...SOURCES.compauthGuide, section: 'reason=000: a strict DMARC broken by alignment' },
  },
  {
    codes: ['001'],
    heading: 'reason=001: missing or too weak authentication',
    paragraphs: [
      'reason=001 is the implicit failure par excellence. The domain does not give Microsoft enough to decide: no usable DMARC, SPF with ~all or ?all, no aligned DKIM. Microsoft attempts implicit authentication, but the signals (IP reputation, history) are not enough to conclude positively.',
      'The resolution is structural. Publish the three pillars of email authentication. A correct SPF that declares all your sending sources, DKIM signatures aligned with your domain, and a DMARC record. Start DMARC at p=none correctly aligned to observe without blocking, then harden toward p=quarantine once your sources are under control. On the SPF side, evolve the trailing mechanism from ~all toward -all when you are certain your sources are exhaustive.',
      'An important nuance: a domain at p=none or an SPF with ~all is not "broken", it is only permissive. Microsoft interprets this permissiveness as an absence of clear intent and switches to implicit authentication. reason=001 is therefore not the penalty for a syntax error, but the observation that the domain does not give Microsoft enough to conclude positively through the standard path. This is precisely why strengthening the policies makes the code disappear: you move the evaluation from the implicit path (uncertain) to the explicit path (deterministic).',
    ],
    source: { ...SOURCES.compauthGuide, section: 'reason=001: missing or too weak authentication' },
  },
  {
    codes: ['010', '601'],
    heading: 'reason=010 and reason=601: intra-organization spoofing',
    paragraphs: [
      'These two codes share one characteristic: the sending domain is an accepted domain of your own Microsoft 365 organization. In other words, a message claims to come from your domain, but Microsoft cannot confirm it was actually sent by an authorized source. The 010 corresponds to the explicit side (strict DMARC failing), the 601 to the implicit side.',
      'This is an extremely common scenario in practice: a network printer, a business application, a CRM, a billing tool or a marketing provider sends emails "as" your domain without having been declared in your SPF nor configured for DKIM. Microsoft interprets this as a potential internal spoofing. This mechanism is linked to the "via" warning that Microsoft 365 sometimes displays; we detail it in our article on intra-organization spoofing and the Microsoft warning.',
      'The resolution consists of explicitly authorizing the legitimate source. Three options, in order of preference: add the source to your SPF record and configure it to sign DKIM with your domain; route its sends through an authenticated SMTP relay of your tenant; as a last resort, create an entry in the Tenant Allow/Block List. Avoid relying durably on the allow list: it is a stopgap fix, not authentication.',
    ],
    source: { ...SOURCES.compauthGuide, section: 'reason=010 and reason=601: intra-organization spoofing' },
  },
  {
    codes: ['002'],
    heading: 'reason=002: a manual block by the tenant policy',
    paragraphs: [
      'reason=002 reflects no technical defect. It signals that an administrator explicitly blocked this sender/domain pair, generally via the Tenant Allow/Block List or an anti-spoofing rule. If the sender is legitimate, the resolution is simple: remove the block entry. Before that, check why the block was set, so as not to reopen a door closed for a good reason.',
    ],
    source: { ...SOURCES.compauthGuide, section: 'reason=002: a manual block by the tenant policy' },
  },
  {
    codes: ['130'],
    heading: 'reason=130: an ARC sealer legitimately replaced the DMARC failure',
    paragraphs: [
      'reason=130 is a success, not a problem. It indicates that a message would have failed DMARC (typically because of forwarding), but that a trusted ARC sealer preserved the original authentication results, which Microsoft accepted. This is exactly the behavior sought for legitimate forwarding. If you see this code, your ARC chain works. How ARC works is detailed in our guide What is ARC (Authenticated Received Chain).',
    ],
    source: {
      ...SOURCES.compauthGuide,
      section: 'reason=130: an ARC sealer legitimately replaced the DMARC failure',
    },
  },
];

/**
 * "Recommended action plan to fix a compauth=fail", in the guide's order (the seed lost some spaces
 * around code spans; they are restored here).
 */
export const COMPAUTH_ACTION_PLAN: { steps: string[]; source: CompauthGuidanceRow['source'] } = {
  steps: [
    "Open the message's full source and note the exact value of compauth=fail reason=<code> in the Authentication-Results header. Also note CAT, SCL and SFTY in X-Forefront-Antispam-Report. The reason code drives the entire diagnosis.",
    'Verify that all your sending sources appear in the SPF record and that the MAIL FROM/From alignment is respected. Watch the number of DNS lookups (limit of 10) that triggers a permerror.',
    'Make sure your messages are DKIM-signed and that the signing domain (header.d=) matches the From: domain. Without DKIM alignment, DMARC cannot pass through that path.',
    'Verify the presence and consistency of the DMARC record. Check alignment and the policy (p=). A strict misaligned policy triggers a reason=000; a missing policy or one at p=none favors a reason=001.',
    'If the failure comes from forwarding, set up ARC. The forwarding server must seal the message, and Microsoft 365 must recognize the sealer as trusted to produce a reason=130.',
    'For a reason=010 or 601, authorize the internal source: add it to SPF and aligned DKIM signing, authenticated SMTP relay, or as a last resort the Tenant Allow/Block List.',
    'After fixing, send a test message and inspect the header again. The verdict should rise toward compauth=pass (reason 100 or 130 depending on the case).',
  ],
  source: { ...SOURCES.compauthGuide, section: 'Recommended action plan to fix a compauth=fail' },
};
