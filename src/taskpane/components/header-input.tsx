/**
 * Paste box, .eml file (open or drop) and samples: standalone mode, and the fallback offered whenever
 * Outlook cannot give the headers. Inside Outlook only the paste box is offered: the file and sample tools
 * belong to the standalone page, and the steps to copy the headers are those of the reader's Outlook.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular, Stethoscope20Regular } from '@fluentui/react-icons';
import { useId, useRef, useState, type DragEvent, type ReactElement } from 'react';
import type { AnalysisSource } from '../analysis';
import { copyHeadersSteps } from '../header-steps';
import type { OutlookClient } from '../mailbox';
import { ActionButton } from './action-button';
import { loadSample, type HeaderSample } from '../samples';
import { SamplePicker } from './sample-picker';

export interface HeaderSubmission {
  raw: string;
  source: Exclude<AnalysisSource, 'mailbox'>;
  label: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  textarea: {
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '8em',
    resize: 'vertical',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    '::placeholder': { color: tokens.colorNeutralForeground4 },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      borderBottomColor: tokens.colorCompoundBrandStroke,
    },
  },
  invalid: {
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
  },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fileInput: { display: 'none' },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  samplesLabel: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

function readFile(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

interface HeaderInputProps {
  onSubmit: (submission: HeaderSubmission) => void;
  /** Label of the paste box, e.g. "Paste the message headers". */
  label?: string;
  /** Inside Outlook: which one (paste box only, its copy steps); absent on the standalone page. */
  outlookClient?: OutlookClient;
}

export function HeaderInput({ onSubmit, label, outlookClient }: HeaderInputProps): ReactElement {
  const standalone = outlookClient === undefined;
  const styles = useStyles();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textId = useId();
  const errorId = useId();

  const submitText = (): void => {
    if (text.trim() === '') {
      setError(`Paste a header block first. ${copyHeadersSteps(outlookClient)}`);
      return;
    }
    setError(null);
    onSubmit({ raw: text, source: 'paste', label: 'Pasted headers' });
  };

  const submitFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      const raw = await readFile(file);
      if (raw.trim() === '') {
        setError(`${file.name} is empty.`);
        return;
      }
      setError(null);
      onSubmit({ raw, source: 'file', label: `File ${file.name}` });
    } catch (reason) {
      setError(
        `${file.name} could not be read: ${reason instanceof Error ? reason.message : String(reason)}`,
      );
    }
  };

  const submitSample = async (sample: HeaderSample): Promise<void> => {
    try {
      const raw = await loadSample(sample.id);
      setError(null);
      onSubmit({ raw, source: 'sample', label: `Sample: ${sample.label}` });
    } catch (reason) {
      setError(
        `The sample could not be loaded: ${reason instanceof Error ? reason.message : String(reason)}`,
      );
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void submitFile(event.dataTransfer.files?.[0]);
  };

  return (
    <div
      className={mergeClasses(styles.root, dragging && styles.dragging)}
      {...(standalone && {
        onDragOver: (event: DragEvent<HTMLDivElement>) => {
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: () => setDragging(false),
        onDrop,
      })}
    >
      <div className={styles.field}>
        <label className={styles.label} htmlFor={textId}>
          {label ?? (standalone ? 'Paste message headers (or a whole .eml)' : 'Paste message headers')}
        </label>
        <textarea
          id={textId}
          className={mergeClasses(styles.textarea, error !== null && styles.invalid)}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          rows={6}
          spellCheck={false}
          autoComplete="off"
          placeholder={'Received: from …\nAuthentication-Results: spf=pass …'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {error ? (
          <p id={errorId} className={styles.error} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className={styles.actions}>
        <ActionButton appearance="primary" icon={<Stethoscope20Regular />} onClick={submitText}>
          Diagnose
        </ActionButton>
        {standalone ? (
          <>
            <ActionButton icon={<DocumentArrowUp20Regular />} onClick={() => fileInput.current?.click()}>
              Open .eml file
            </ActionButton>
            <input
              ref={fileInput}
              className={styles.fileInput}
              type="file"
              accept=".eml,.txt,.msg.txt,message/rfc822,text/plain"
              aria-label="Open .eml file"
              onChange={(event) => {
                void submitFile(event.currentTarget.files?.[0]);
                event.currentTarget.value = '';
              }}
            />
          </>
        ) : null}
      </div>
      {standalone ? (
        <>
          <p className={styles.hint}>
            Or drop an .eml file here. Nothing leaves this page: the diagnosis runs in your browser.
          </p>
          <p className={styles.samplesLabel}>Try a sample</p>
          <SamplePicker onPick={(sample) => void submitSample(sample)} />
        </>
      ) : null}
    </div>
  );
}
