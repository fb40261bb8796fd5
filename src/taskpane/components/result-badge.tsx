/**
 * A protocol result as colour + icon + text (never colour alone), e.g. "pass" with a green check.
 */
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  QuestionCircle16Regular,
  SubtractCircle16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { StatusTag, type TagTone } from './status-tag';

type Tone = 'good' | 'bad' | 'doubtful' | 'absent';

// A Map, not an object: results come from headers, and `constructor` or `__proto__` must not find a prototype member.
const TONES = new Map<string, Tone>(
  Object.entries({
    pass: 'good',
    fail: 'bad',
    permerror: 'bad',
    hardfail: 'bad',
    softfail: 'doubtful',
    neutral: 'doubtful',
    temperror: 'doubtful',
    policy: 'doubtful',
    softpass: 'doubtful',
    bestguesspass: 'doubtful',
    none: 'absent',
  } satisfies Record<string, Tone>),
);

const LOOK: Record<Tone, { tone: TagTone; icon: ReactElement }> = {
  good: { tone: 'success', icon: <CheckmarkCircle16Filled /> },
  bad: { tone: 'danger', icon: <DismissCircle16Filled /> },
  doubtful: { tone: 'warning', icon: <Warning16Filled /> },
  absent: { tone: 'informative', icon: <SubtractCircle16Regular /> },
};

export function ResultBadge({ result }: { result: string }): ReactElement {
  const tone = TONES.get(result.toLowerCase());
  const look = tone ? LOOK[tone] : { tone: 'informative' as const, icon: <QuestionCircle16Regular /> };
  return (
    <StatusTag tone={look.tone} icon={look.icon}>
      {result}
    </StatusTag>
  );
}
