/** The reader's steps for a message that looks forged, shared by the trust findings owned by the user. */
import type { FixStep } from '../diagnosis';
import { step } from '../fixes';

export const DONT_ACT = step(
  "Don't reply, click its links, open its attachments or do what it asks; check with the sender through a channel you already know.",
);
export const REPORT_PHISHING: FixStep = step(
  'Report it as phishing: in Outlook, Report ▸ Phishing (your admin then sees it in Microsoft Defender).',
);
