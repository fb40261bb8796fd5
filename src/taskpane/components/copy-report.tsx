/**
 * "Copy report": the Markdown report (src/report) on the clipboard, for a ticket or a reply to the
 * sender's postmaster. The report module loads on first use; if the clipboard refuses, the Markdown is
 * shown in a read-only box to copy by hand.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactElement } from 'react';
import type { Diagnosis } from '../../rules/diagnosis';
import { copyText } from '../clipboard';
import { ActionButton } from './action-button';

type CopyReportState =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'manual'; markdown: string }
  | { kind: 'error'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minHeight: '1em' },
  manual: { alignSelf: 'stretch', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  manualBox: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    resize: 'vertical',
  },
});

export function CopyReport({ diagnosis }: { diagnosis: Diagnosis }): ReactElement {
  const styles = useStyles();
  const [state, setState] = useState<CopyReportState>({ kind: 'idle' });
  const manualId = useId();
  const copy = async (): Promise<void> => {
    try {
      const { renderMarkdown } = await import(/* webpackChunkName: "report" */ '../../report/markdown');
      const markdown = renderMarkdown(diagnosis);
      setState((await copyText(markdown)) ? { kind: 'copied' } : { kind: 'manual', markdown });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className={styles.root}>
      <ActionButton icon={<Copy16Regular />} onClick={() => void copy()}>
        Copy report
      </ActionButton>
      <span className={styles.status} role="status">
        {state.kind === 'copied'
          ? 'Report copied to the clipboard as Markdown.'
          : state.kind === 'manual'
            ? 'The clipboard is not available here: copy the report below.'
            : state.kind === 'error'
              ? `The report could not be made: ${state.message}`
              : ''}
      </span>
      {state.kind === 'manual' ? (
        <div className={styles.manual}>
          <label htmlFor={manualId}>Report (Markdown)</label>
          <textarea id={manualId} className={styles.manualBox} readOnly value={state.markdown} rows={10} />
        </div>
      ) : null}
    </div>
  );
}
