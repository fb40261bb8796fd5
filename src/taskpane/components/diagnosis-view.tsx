/**
 * Everything the pane shows for one diagnosis. The reader's answer and the verdict render first (for the
 * open item, the first view has already drawn them: first-view/); the rest (report actions, protocols,
 * findings, antispam, hops, raw headers) is a chunk of its own, rendered in a lower-priority pass (a
 * transition) once the verdict is on screen, so neither its download nor its rendering delays the answer.
 */
import { makeStyles } from '@fluentui/react-components';
import { diagnosisViewStyles } from './diagnosis-view.styles';
import { Suspense, lazy, startTransition, useEffect, useRef, useState, type ReactElement } from 'react';
import type { Analysis } from '../analysis';
import type { MailboxHost } from '../mailbox';
import type { Diagnosis } from '../../rules/diagnosis';
import { transitSeconds } from '../pane-words';
import { Headline } from './headline';
import { TrustAnswer } from './trust-answer';

const DiagnosisDetails = lazy(() => import(/* webpackChunkName: "details" */ './diagnosis-details'));

const useStyles = makeStyles(diagnosisViewStyles);

interface DiagnosisViewProps {
  analysis: Analysis;
  /** Move focus to the verdict when it appears (after a user action, not on a host event). */
  focusOnShow?: boolean;
  /** Outlook, for "Send to IT" on the message it shows (absent on the standalone page). */
  host?: MailboxHost;
}

export function DiagnosisView({ analysis, focusOnShow = false, host }: DiagnosisViewProps): ReactElement {
  const styles = useStyles();
  // After "Check DNS now", the verdict and the findings carry what DNS says and the record edits.
  const [checked, setChecked] = useState<{ from: Analysis; diagnosis: Diagnosis } | null>(null);
  const diagnosis = checked?.from === analysis ? checked.diagnosis : analysis.diagnosis;
  // The analysis whose details are shown: set in a transition after the verdict's first paint.
  const [detailsFor, setDetailsFor] = useState<Analysis | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);

  useEffect(() => {
    startTransition(() => setDetailsFor(analysis));
  }, [analysis]);

  const transit = transitSeconds(diagnosis);

  return (
    <div className={styles.root}>
      <TrustAnswer ref={headingRef} trust={diagnosis.trust} />
      <Headline diagnosis={diagnosis} label={analysis.label} transitSeconds={transit} />
      {detailsFor === analysis ? (
        <Suspense fallback={null}>
          <DiagnosisDetails
            analysis={analysis}
            diagnosis={diagnosis}
            totalDelay={transit ?? 0}
            host={host}
            onDnsChecked={(completed) => setChecked({ from: analysis, diagnosis: completed })}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
