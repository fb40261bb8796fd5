/**
 * Inside Outlook: the selected message's diagnosis, re-run when a pinned pane moves to another item,
 * with the paste fallback whenever Outlook cannot give headers (or gives headers with nothing to judge).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useRef, useState, type ReactElement } from 'react';
import type { Analysis } from '../analysis';
import { analyze } from '../engine';
import type { ItemRead } from '../item-read';
import type { HeadersFailure, MailboxHost, OutlookClient } from '../mailbox';
import { useMailboxDiagnosis } from '../use-mailbox-diagnosis';
import { ActionButton } from './action-button';
import { DiagnosisView } from './diagnosis-view';

const HostProblem = lazy(() => import(/* webpackChunkName: "notice" */ './host-problem'));

// Most items carry no attached message: the list and the message readers load only for those that do.
const AttachedMessages = lazy(() => import(/* webpackChunkName: "attached" */ './attached-messages'));

// The paste box is not needed for the first diagnosis inside Outlook: it loads when offered.
const HeaderInput = lazy(() =>
  import(/* webpackChunkName: "input" */ './header-input').then((module) => ({
    default: module.HeaderInput,
  })),
);
import type { HeaderSubmission } from './header-input';
import { LazyNotice } from './lazy-notice';
import { Loading } from './loading';
import { READING_STATUS } from '../pane-words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  fallback: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  retry: { alignSelf: 'flex-start' },
});

/** Failures where asking Outlook again can help (it was slow or failed once), unlike a draft or an old client. */
const isRetryable = (failure: HeadersFailure): boolean =>
  failure.kind === 'no-answer' || failure.kind === 'async-failed';

interface PasteFallbackProps {
  onSubmit: (submission: HeaderSubmission) => void;
  client: OutlookClient;
}

function PasteFallback({ onSubmit, client }: PasteFallbackProps): ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.fallback} aria-labelledby="paste-heading">
      <h2 id="paste-heading" className={styles.heading}>
        Diagnose pasted headers instead
      </h2>
      <Suspense fallback={<Loading label="Loading the paste box…" />}>
        <HeaderInput onSubmit={onSubmit} outlookClient={client} />
      </Suspense>
    </section>
  );
}

interface MailboxPaneProps {
  host: MailboxHost;
  /** How long to wait for Outlook's answer (tests shorten it). */
  answerTimeoutMs?: number;
  /** The read of the item the first view started, to take over (see useMailboxDiagnosis). */
  firstRead?: ItemRead | null;
}

export function MailboxPane({ host, answerTimeoutMs, firstRead = null }: MailboxPaneProps): ReactElement {
  const styles = useStyles();
  const { view, reads, retry } = useMailboxDiagnosis(host, answerTimeoutMs, firstRead);
  const [pasted, setPasted] = useState<Analysis | null>(null);
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [attached, setAttached] = useState<{ key: string; analysis: Analysis } | null>(null);

  // Counts the items shown, so a pasted diagnosis still waiting for the engine is dropped if the item changes.
  const shownItem = useRef(0);

  // A pasted diagnosis belongs to the moment it was made: a newly selected item (or a retry) replaces it.
  useEffect(() => {
    shownItem.current += 1;
    setPasted(null);
    setPasteError(null);
    setAttached(null);
  }, [reads]);

  const diagnosePasted = (submission: HeaderSubmission): void => {
    const item = shownItem.current;
    analyze(submission.raw, submission.source, submission.label).then(
      (analysis) => {
        if (item !== shownItem.current) return;
        setPasted(analysis);
        setPasteError(null);
      },
      (error: unknown) => {
        if (item === shownItem.current) setPasteError(error instanceof Error ? error.message : String(error));
      },
    );
  };

  if (view.status === 'loading') {
    return <Loading label={READING_STATUS} />;
  }

  const attachments = host.messageAttachments();
  const attachedList =
    attachments.length > 0 ? (
      <Suspense fallback={null}>
        <AttachedMessages
          key={shownItem.current}
          host={host}
          attachments={attachments}
          current={attached?.key ?? null}
          onShow={setAttached}
        />
      </Suspense>
    ) : null;

  if (attached) {
    return (
      <div className={styles.root}>
        {attachedList}
        <DiagnosisView key={attached.analysis.id} analysis={attached.analysis} focusOnShow />
      </div>
    );
  }

  if (pasted) {
    return (
      <div className={styles.root}>
        <DiagnosisView key={pasted.id} analysis={pasted} focusOnShow />
        <PasteFallback onSubmit={diagnosePasted} client={host.client()} />
      </div>
    );
  }

  const headerPoor =
    view.status === 'ready' &&
    view.analysis.diagnosis.findings.some((finding) => finding.id === 'no-auth-results');

  return (
    <div className={styles.root}>
      {view.status === 'problem' ? (
        <Suspense fallback={null}>
          <HostProblem failure={view.failure} client={host.client()} />
        </Suspense>
      ) : null}
      {view.status === 'problem' && isRetryable(view.failure) ? (
        <ActionButton className={styles.retry} onClick={retry}>
          Retry
        </ActionButton>
      ) : null}
      {view.status === 'engine-error' ? (
        <LazyNotice intent="error" title="The diagnosis failed">
          {view.message}
        </LazyNotice>
      ) : null}
      {headerPoor ? (
        <LazyNotice intent="warning" title="No authentication results in these headers">
          Messages in Sent Items, drafts and some internal mail carry none, so there is nothing to judge here:
          this is not a clean bill of health. Paste the headers of the received copy below.
        </LazyNotice>
      ) : null}
      {attachedList}
      {view.status === 'ready' ? (
        <DiagnosisView key={view.analysis.id} analysis={view.analysis} host={host} />
      ) : null}
      {pasteError ? (
        <LazyNotice intent="error">The pasted headers could not be diagnosed: {pasteError}</LazyNotice>
      ) : null}
      {view.status !== 'ready' || headerPoor ? (
        <PasteFallback onSubmit={diagnosePasted} client={host.client()} />
      ) : null}
    </div>
  );
}
