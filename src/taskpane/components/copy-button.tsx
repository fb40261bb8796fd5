/** A small button that copies one value (a DNS record, a PowerShell line) and says whether it worked. */
import { Checkmark16Regular, Copy16Regular, ErrorCircle16Regular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactElement } from 'react';
import { copyText } from '../clipboard';
import { ActionButton } from './action-button';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, what }: { text: string; what: string }): ReactElement {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const icon =
    state === 'copied' ? (
      <Checkmark16Regular />
    ) : state === 'failed' ? (
      <ErrorCircle16Regular />
    ) : (
      <Copy16Regular />
    );
  const label = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text' : 'Copy';
  return (
    <ActionButton
      size="small"
      appearance="subtle"
      icon={icon}
      aria-label={`${label}: ${what}`}
      onClick={() => {
        void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'));
      }}
    >
      <span aria-live="polite">{state === 'idle' ? 'Copy' : label}</span>
    </ActionButton>
  );
}
