/** Who the message names and how long it travelled: the rows of the message block under the verdict. */
import type { ReactElement } from 'react';
import type { MessageSummary } from '../../rules/diagnosis';
import { formatDuration } from '../../report/duration';

interface MessageDetailsProps {
  message: MessageSummary;
  /** Seconds between the first and the last hop, or null when no hop gives a time. */
  transitSeconds: number | null;
  rowClassName: string;
}

export function MessageDetails({ message, transitSeconds, rowClassName }: MessageDetailsProps): ReactElement {
  const { from, fromName, replyTo, to, cc, subject } = message;
  const rows: [string, string | null][] = [
    ['From', from ? (fromName ? `${fromName} <${from}>` : from) : null],
    ['Reply-To', replyTo],
    ['To', to.length > 0 ? to.join(', ') : null],
    ['Cc', cc.length > 0 ? cc.join(', ') : null],
    ['Subject', subject],
    ['Delivery time', transitSeconds !== null ? formatDuration(transitSeconds) : null],
  ];
  return (
    <>
      {rows
        .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
        .map(([label, value]) => (
          <span key={label} className={rowClassName}>
            {label}: {value}
          </span>
        ))}
    </>
  );
}
