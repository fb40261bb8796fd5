/**
 * "Send to IT": opens a new message to the help desk with the diagnosis and the message attached. The
 * report code loads on first use. Shown only inside Outlook and only when the build set an address.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Mail16Regular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import type { Diagnosis } from '../../rules/diagnosis';
import type { MailboxHost } from '../mailbox';
import { ActionButton } from './action-button';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minHeight: '1em' },
});

interface SendToItProps {
  diagnosis: Diagnosis;
  host: MailboxHost;
  helpdesk: string;
}

export function SendToIt({ diagnosis, host, helpdesk }: SendToItProps): ReactElement {
  const styles = useStyles();
  const [status, setStatus] = useState('');
  const send = async (): Promise<void> => {
    try {
      const { itReport } = await import(/* webpackChunkName: "it-report" */ '../it-report');
      const opened = host.openNewMessage(itReport(diagnosis, helpdesk));
      setStatus(
        opened
          ? `A message to ${helpdesk} is open: check it and send it.`
          : 'Outlook cannot open a new message here: use Copy report and mail it yourself.',
      );
    } catch (error) {
      setStatus(
        `The message could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return (
    <div className={styles.root}>
      <ActionButton icon={<Mail16Regular />} onClick={() => void send()}>
        Send to IT
      </ActionButton>
      <span className={styles.status} role="status">
        {status}
      </span>
    </div>
  );
}
