/**
 * Paste box, .eml file (open or drop) and samples: standalone mode, and the fallback offered whenever
 * Outlook cannot give the headers.
 */
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular, Stethoscope20Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useId, useRef, useState, type DragEvent, type ReactElement } from 'react';
import type { AnalysisSource } from '../analysis';
import { Loading } from './Loading';

const SamplePicker = lazy(() => import(/* webpackChunkName: "samples" */ './SamplePicker'));

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
  textarea: { fontFamily: tokens.fontFamilyMonospace },
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
}

export function HeaderInput({
  onSubmit,
  label = 'Paste message headers (or a whole .eml)',
}: HeaderInputProps): ReactElement {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const samplesLabelId = useId();

  const submitText = (): void => {
    if (text.trim() === '') {
      setError(
        'Paste a header block first: in Outlook, open the message, then File › Properties › Internet headers.',
      );
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

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void submitFile(event.dataTransfer.files?.[0]);
  };

  return (
    <div
      className={`${styles.root} ${dragging ? styles.dragging : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Field label={label} validationMessage={error ?? undefined} validationState={error ? 'error' : 'none'}>
        <Textarea
          className={styles.textarea}
          value={text}
          onChange={(_, data) => setText(data.value)}
          rows={6}
          resize="vertical"
          spellCheck={false}
          placeholder="Received: from …&#10;Authentication-Results: spf=pass …"
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Stethoscope20Regular />} onClick={submitText}>
          Diagnose
        </Button>
        <Button icon={<DocumentArrowUp20Regular />} onClick={() => fileInput.current?.click()}>
          Open .eml file
        </Button>
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
      </div>
      <p className={styles.hint}>
        Or drop an .eml file here. Nothing leaves this page: the diagnosis runs in your browser.
      </p>
      <p id={samplesLabelId} className={styles.samplesLabel}>
        Try a sample
      </p>
      <Suspense fallback={<Loading label="Loading samples…" />}>
        <SamplePicker
          onPick={(sample) =>
            onSubmit({ raw: sample.raw, source: 'sample', label: `Sample: ${sample.label}` })
          }
        />
      </Suspense>
    </div>
  );
}
