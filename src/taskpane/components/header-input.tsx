/**
 * Paste box, message file (.eml, .msg, mbox or header text; open or drop) and samples: standalone mode,
 * and the fallback offered whenever Outlook cannot give the headers. Inside Outlook only the paste box is
 * offered: the file and sample tools belong to the standalone page, and the steps to copy the headers are
 * those of the reader's Outlook.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular, Stethoscope20Regular } from '@fluentui/react-icons';
import { useId, useRef, useState, type DragEvent, type ReactElement } from 'react';
import type { AnalysisSource } from '../analysis';
import { copyHeadersSteps } from '../header-steps';
import type { OutlookClient } from '../mailbox';
import { extractMessages, type FoundMessage } from '../../messages/extract';
import { ActionButton } from './action-button';
import { loadSample, type HeaderSample } from '../samples';
import { SamplePicker } from './sample-picker';

export interface HeaderSubmission {
  raw: string;
  source: Exclude<AnalysisSource, 'mailbox'>;
  label: string;
  /** A file that holds more than the one message submitted (an mbox, attached originals), to pick from. */
  file?: FileMessages;
}

/** Every message of a file (the first is the one submitted) and what of it could not be read. */
export interface FileMessages {
  name: string;
  messages: FoundMessage[];
  problems: string[];
}

/** "File case.eml" for the file's own message, "File case.eml, attached message 1 of 2" for another. */
export function fileMessageLabel(name: string, message: FoundMessage): string {
  return message.index === null && message.attachment === null
    ? `File ${name}`
    : `File ${name}, ${message.label}`;
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

/** The file's bytes: a .msg is binary, and text files are decoded as the command line decodes them. */
function readFile(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function')
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
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
      const { messages, problems } = await extractMessages(await readFile(file), file.name);
      const reasons = problems.map((problem) => problem.message);
      const [first] = messages;
      if (first === undefined) {
        setError(`${reasons.join('. ') || `${file.name} holds no message`}.`);
        return;
      }
      setError(null);
      const several = messages.length > 1 || reasons.length > 0;
      onSubmit({
        raw: first.text,
        source: 'file',
        label: fileMessageLabel(file.name, first),
        ...(several ? { file: { name: file.name, messages, problems: reasons } } : {}),
      });
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
              Open message file
            </ActionButton>
            <input
              ref={fileInput}
              className={styles.fileInput}
              type="file"
              accept=".eml,.msg,.mbox,.txt,message/rfc822,application/vnd.ms-outlook,application/mbox,text/plain"
              aria-label="Open message file"
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
            Or drop a file here: .eml, Outlook .msg, mbox or saved headers. Nothing leaves this page: the
            diagnosis runs in your browser.
          </p>
          <p className={styles.samplesLabel}>Try a sample</p>
          <SamplePicker onPick={(sample) => void submitSample(sample)} />
        </>
      ) : null}
    </div>
  );
}
