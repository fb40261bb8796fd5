/**
 * The words the pane shows for a diagnosis' answer and verdict, and for its waiting states, as plain data:
 * the React components and the first view (first-view/), which draws them before React has loaded, both
 * take them from here, so the two can never say different things.
 */
import { formatDuration } from '../report/duration';
import type { Diagnosis, MessageSummary, TrustLevel, Verdict } from '../rules/diagnosis';
import type { TagTone } from './components/status-tag.styles';

export const PANE_TITLE = 'Auth Doctor';
export const CONNECTING_STATUS = 'Connecting to Outlook…';
export const READING_STATUS = "Reading this message's headers…";
/** What the first view says when the React pane's chunk fails to load or mount. */
export const paneLoadFailed = (error: unknown): string =>
  `The pane could not load (${String(error)}): reload it to try again.`;

/** The Fluent icons the two tags use (@fluentui/react-icons names): the first view draws them too. */
export const TAG_ICON_NAMES = [
  'CheckmarkCircle16Filled',
  'DismissCircle16Filled',
  'Info16Regular',
  'QuestionCircle16Regular',
  'Warning16Filled',
] as const;

export type TagIconName = (typeof TAG_ICON_NAMES)[number];

/** A tag's label, tone and icon (never colour alone). */
export interface TagWords {
  label: string;
  tone: TagTone;
  icon: TagIconName;
}

export const VERDICT_WORDS: Record<Verdict, TagWords> = {
  pass: { label: 'Pass', tone: 'success', icon: 'CheckmarkCircle16Filled' },
  attention: { label: 'Needs attention', tone: 'warning', icon: 'Warning16Filled' },
  fail: { label: 'Fail', tone: 'danger', icon: 'DismissCircle16Filled' },
  unknown: { label: 'Unknown', tone: 'informative', icon: 'QuestionCircle16Regular' },
};

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_WORDS[verdict]?.label ?? verdict;
}

/** The verdict block's heading: this word, then the verdict's tag. */
export const VERDICT_HEADING = 'Verdict';

export const TRUST_WORDS: Record<TrustLevel, TagWords> = {
  verified: { label: 'Verified sender', tone: 'success', icon: 'CheckmarkCircle16Filled' },
  explained: { label: 'Explained failure', tone: 'informative', icon: 'Info16Regular' },
  unverified: { label: 'Not verified', tone: 'warning', icon: 'QuestionCircle16Regular' },
  suspicious: { label: 'Suspicious', tone: 'danger', icon: 'Warning16Filled' },
};

/** Leads the reader's one thing to do now. */
export const NEXT_STEP_LEAD = 'Next step: ';
/** Names the list of reasons under the reader's answer. */
export const TRUST_SIGNALS_LABEL = 'Why';

/** The time in transit (sum of the hop delays), or null when no hop gives a time. */
export function transitSeconds(diagnosis: Diagnosis): number | null {
  if (!diagnosis.hops.some((hop) => hop.delaySeconds !== null)) return null;
  return diagnosis.hops.reduce((sum, hop) => sum + Math.max(0, hop.delaySeconds ?? 0), 0);
}

/** The rows of the message block under the verdict ("From: …", "Subject: …"); empty ones left out. */
export function messageDetailRows(
  message: MessageSummary,
  transit: number | null,
): { label: string; text: string }[] {
  const { from, fromName, replyTo, to, cc, subject } = message;
  const rows: [string, string | null][] = [
    ['From', from ? (fromName ? `${fromName} <${from}>` : from) : null],
    ['Reply-To', replyTo],
    ['To', to.length > 0 ? to.join(', ') : null],
    ['Cc', cc.length > 0 ? cc.join(', ') : null],
    ['Subject', subject],
    ['Delivery time', transit !== null ? formatDuration(transit) : null],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, text: `${label}: ${value}` }] : []));
}
