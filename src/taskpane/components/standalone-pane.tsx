/**
 * Outside Outlook (a browser, an admin with an NDR, a tester): paste, open or drop headers, or pick a
 * sample. After a diagnosis the input folds away behind a button so the result comes first.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import type { Analysis } from '../analysis';
import { analyze } from '../engine';
import { ActionButton } from './action-button';
import { DiagnosisView } from './diagnosis-view';
import { HeaderInput, type HeaderSubmission } from './header-input';
import { LazyNotice } from './lazy-notice';

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

  const diagnoseSubmission = (submission: HeaderSubmission): void => {
    analyze(submission.raw, submission.source, submission.label).then(
      (result) => {
        setAnalysis(result);
        setError(null);
        setInputOpen(false);
      },
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };

  return (
    <div className={styles.root}>
      {inputOpen ? (
        <section className={styles.input} aria-labelledby="input-heading">
          <h2 id="input-heading" className={styles.heading}>
            Headers to diagnose
          </h2>
          <p className={styles.intro}>
            Paste a message&apos;s headers, open an .eml file or try a sample: Auth Doctor explains SPF, DKIM,
            DMARC, ARC and compauth and says who must fix what.
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
      {error ? <LazyNotice intent="error">These headers could not be diagnosed: {error}</LazyNotice> : null}
      {analysis ? <DiagnosisView key={analysis.id} analysis={analysis} focusOnShow /> : null}
    </div>
  );
}
