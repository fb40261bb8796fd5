/** Who the message names and how long it travelled: the rows of the message block under the verdict. */
import type { ReactElement } from 'react';
import type { MessageSummary } from '../../rules/diagnosis';
import { messageDetailRows } from '../pane-words';

interface MessageDetailsProps {
  message: MessageSummary;
  /** Seconds between the first and the last hop, or null when no hop gives a time. */
  transitSeconds: number | null;
  rowClassName: string;
}

export function MessageDetails({ message, transitSeconds, rowClassName }: MessageDetailsProps): ReactElement {
  return (
    <>
      {messageDetailRows(message, transitSeconds).map((row) => (
        <span key={row.label} className={rowClassName}>
          {row.text}
        </span>
      ))}
    </>
  );
}
