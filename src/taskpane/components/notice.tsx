/**
 * A message bar with a title (as a level-2 heading) and a body. Lazy-loaded: only problems need it.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

export interface NoticeProps {
  intent: 'info' | 'warning' | 'error';
  title?: string;
  children: ReactNode;
}

export default function Notice({ intent, title, children }: NoticeProps): ReactElement {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title ? (
          <MessageBarTitle>
            <span role="heading" aria-level={2}>
              {title}
            </span>
          </MessageBarTitle>
        ) : null}
        <span>{children}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
