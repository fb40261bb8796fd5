/**
 * A protocol result as colour + icon + text (never colour alone), e.g. "pass" with a green check.
 */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  QuestionCircle16Regular,
  SubtractCircle16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';

type Tone = 'good' | 'bad' | 'doubtful' | 'absent';

const TONES: Record<string, Tone> = {
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
};

const LOOK: Record<Tone, { color: BadgeProps['color']; icon: ReactElement }> = {
  good: { color: 'success', icon: <CheckmarkCircle16Filled /> },
  bad: { color: 'danger', icon: <DismissCircle16Filled /> },
  doubtful: { color: 'warning', icon: <Warning16Filled /> },
  absent: { color: 'informative', icon: <SubtractCircle16Regular /> },
};

export function toneOf(result: string): Tone {
  return TONES[result.toLowerCase()] ?? 'doubtful';
}

export function ResultBadge({ result }: { result: string }): ReactElement {
  const tone = TONES[result.toLowerCase()];
  const look = tone ? LOOK[tone] : { color: 'informative' as const, icon: <QuestionCircle16Regular /> };
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon} shape="rounded">
      {result}
    </Badge>
  );
}
