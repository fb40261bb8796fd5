/**
 * Outside Outlook (a browser, an admin with an NDR, a tester): paste, open or drop headers or a message
 * file, or pick a sample. After a diagnosis the input folds away behind a button so the result comes
 * first; a file of several messages (an mbox, attached originals) lists them to pick from.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import type { Analysis } from '../analysis';
import { analyze } from '../engine';
import { ActionButton } from './action-button';
import { DiagnosisView } from './diagnosis-view';
import { HeaderInput, fileMessageLabel, type FileMessages, type HeaderSubmission } from './header-input';
import { LazyNotice } from './lazy-notice';
import { MessagePicker, capitalised, type MessageChoice } from './message-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  reason: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export default function StandalonePane({ reason }: { reason: string }): ReactElement {
  const styles = useStyles();
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [inputOpen, setInputOpen] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<FileMessages | null>(null);
  const [shown, setShown] = useState<string | null>(null);

  const diagnose = (
    raw: string,
    source: HeaderSubmission['source'],
    label: string,
    key: string | null,
  ): void => {
    analyze(raw, source, label).then(
      (result) => {
        setAnalysis(result);
        setShown(key);
        setError(null);
        setInputOpen(false);
      },
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };

  const diagnoseSubmission = (submission: HeaderSubmission): void => {
    setFile(submission.file ?? null);
    diagnose(submission.raw, submission.source, submission.label, submission.file ? '0' : null);
  };

  const choices: MessageChoice[] =
    file?.messages.map((message, i) => ({ key: String(i), label: capitalised(message.label) })) ?? [];
  const pick = (choice: MessageChoice): void => {
    const message = file?.messages[Number(choice.key)];
    if (file && message) diagnose(message.text, 'file', fileMessageLabel(file.name, message), choice.key);
  };

  return (
    <div className={styles.root}>
      {inputOpen ? (
        <section className={styles.input} aria-labelledby="input-heading">
          <h2 id="input-heading" className={styles.heading}>
            Headers to diagnose
          </h2>
          <p className={styles.intro}>
            Paste a message&apos;s headers, open a message file (.eml, .msg, mbox) or try a sample: Auth
            Doctor explains SPF, DKIM, DMARC, ARC and compauth and says who must fix what.
          </p>
          <p className={styles.reason}>{reason}</p>
          <HeaderInput onSubmit={diagnoseSubmission} />
        </section>
      ) : (
        <div>
          <ActionButton icon={<ArrowReset20Regular />} onClick={() => setInputOpen(true)}>
            Diagnose other headers
          </ActionButton>
        </div>
      )}
      {file ? (
        <MessagePicker
          heading={`Messages in ${file.name}`}
          choices={choices}
          current={shown}
          onPick={pick}
          problems={file.problems}
        />
      ) : null}
      {error ? <LazyNotice intent="error">These headers could not be diagnosed: {error}</LazyNotice> : null}
      {analysis ? <DiagnosisView key={analysis.id} analysis={analysis} focusOnShow /> : null}
    </div>
  );
}
