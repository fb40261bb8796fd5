/**
 * The open item's attachments that are messages (a forwarded-as-attachment original, the copy a bounce
 * returns, an attached .msg), each offered for a diagnosis of its own. Its own chunk: most items carry none,
 * and reading one needs the message readers (and, for a .msg, the .msg reader's chunk after it).
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { Analysis } from '../analysis';
import { analyze } from '../engine';
import type { MailboxHost, MessageAttachment } from '../mailbox';
import { extractMessages } from '../../messages/extract';
import { LazyNotice } from './lazy-notice';
import { MessagePicker, type MessageChoice } from './message-picker';

/** The key of the selected message itself among the choices (attachment ids are Outlook's, never this). */
const SELECTED_MESSAGE = '';

interface AttachedMessagesProps {
  host: MailboxHost;
  attachments: MessageAttachment[];
  /** The id of the attachment shown, or null for the selected message. */
  current: string | null;
  /** Shows an attachment's diagnosis (with its key), or the selected message again (null). */
  onShow: (shown: { key: string; analysis: Analysis } | null) => void;
}

export default function AttachedMessages({
  host,
  attachments,
  current,
  onShow,
}: AttachedMessagesProps): ReactElement {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // An answer that arrives after the pane moved to another item (this view is then gone) is dropped.
  const active = useRef(true);
  useEffect(() => {
    active.current = true;
    return () => {
      active.current = false;
    };
  }, []);

  const label = (i: number): string => `Diagnose attached message ${i + 1} of ${attachments.length}`;
  const choices: MessageChoice[] = [
    { key: SELECTED_MESSAGE, label: 'The selected message' },
    ...attachments.map((attachment, i) => ({
      key: attachment.id,
      label: attachment.name === '' ? label(i) : `${label(i)}: ${attachment.name}`,
    })),
  ];

  const diagnoseAttachment = async (attachment: MessageAttachment, place: string): Promise<void> => {
    const content = await host.getAttachmentContent(attachment);
    if (!content.ok) throw new Error(content.message);
    const { messages, problems } = await extractMessages(content.bytes, content.name || place);
    const [message] = messages;
    if (message === undefined)
      throw new Error(problems.map((p) => p.message).join('. ') || 'it holds no message');
    const name = attachment.name === '' ? '' : `: ${attachment.name}`;
    const analysis = await analyze(
      message.text,
      'file',
      `Attached message ${place}${name}`,
      host.recipientAddress(),
    );
    if (active.current) onShow({ key: attachment.id, analysis });
  };

  const pick = (choice: MessageChoice): void => {
    setProblem(null);
    const index = attachments.findIndex((attachment) => attachment.id === choice.key);
    if (index < 0) {
      onShow(null);
      return;
    }
    setBusy(true);
    diagnoseAttachment(attachments[index], `${index + 1} of ${attachments.length}`)
      .catch((error: unknown) => {
        if (active.current) setProblem(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        if (active.current) setBusy(false);
      });
  };

  return (
    <>
      <MessagePicker
        heading="Attached messages"
        choices={choices}
        current={current ?? SELECTED_MESSAGE}
        onPick={pick}
        busy={busy}
      />
      {problem ? (
        <LazyNotice intent="error" title="The attached message could not be diagnosed">
          {problem}
        </LazyNotice>
      ) : null}
    </>
  );
}
