/**
 * Who must act on a finding, in words a non-expert reads at a glance. Shared by the text and Markdown
 * reports and the task pane so the three never disagree.
 */
import type { Owner } from '../rules/diagnosis';

/** Short label, e.g. for a badge or a "Who fixes it" line. */
export const OWNER_LABELS: Readonly<Record<Owner, string>> = {
  'sender-admin': "Sender's admin",
  'recipient-admin': 'Your admin',
  user: 'You',
  none: 'No action',
};

/** One sentence saying what the label means, for a tooltip or a legend. */
export const OWNER_DESCRIPTIONS: Readonly<Record<Owner, string>> = {
  'sender-admin': 'The administrator of the sending domain must change its DNS or mail settings.',
  'recipient-admin':
    'The administrator of your mail system (for example your Microsoft 365 tenant) must act.',
  user: 'You can resolve this yourself.',
  none: 'Nothing needs to be fixed.',
};
