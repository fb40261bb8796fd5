/**
 * Diagnoses the item open in Outlook, and again whenever a pinned pane moves to another item. Every
 * request carries a token: an answer for an item the user already left is dropped, and the view is
 * cleared while the new item loads, so a stale diagnosis never stands beside another message. Office
 * sometimes never calls back: after a while the pane says so and offers a retry instead of waiting forever.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { HOST_ANSWER_TIMEOUT_MS, readItem, type ItemRead, type MailboxView } from './item-read';
import type { MailboxHost } from './mailbox';

export type { MailboxView } from './item-read';

export interface MailboxDiagnosis {
  view: MailboxView;
  /**
   * How many reads have started (the first, another item, a retry): what the view shows for the item
   * before (a pasted diagnosis) ends with each. Counted, not inferred from a "loading" view: an answer
   * can arrive before such a view was ever rendered.
   */
  reads: number;
  /** Asks Outlook for the current item's headers again. */
  retry: () => void;
}

/** Re-reads when the item answered for is not the one shown now; bounded so a flapping key cannot loop. */
const MAX_REREADS = 2;

/**
 * `firstRead`: a read the first view already started (first-view/start.ts). It serves the first load while
 * it is about the item shown, and an outcome it already has is the first render: no "Reading…" line, no
 * second request to Outlook, no second engine run.
 */
export function useMailboxDiagnosis(
  host: MailboxHost,
  answerTimeoutMs: number = HOST_ANSWER_TIMEOUT_MS,
  firstRead: ItemRead | null = null,
): MailboxDiagnosis {
  // Asked of the host on the first render only (a useRef argument would be evaluated on every render).
  const [takenOver] = useState(() => (firstRead?.itemKey === host.currentItemKey() ? firstRead : null));
  const unusedRead = useRef(takenOver);
  const [view, setView] = useState<MailboxView>(() => {
    const done = unusedRead.current?.settled();
    return done && done.status !== 'other-item' ? done : { status: 'loading' };
  });
  const reload = useRef<() => void>(() => undefined);
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let token = 0;
    let disposed = false;
    let deadline: ReturnType<typeof setTimeout> | undefined;

    const load = (rereads = 0): void => {
      const read = unusedRead.current ?? readItem(host);
      unusedRead.current = null;
      const mine = ++token;
      setReads((count) => count + 1);
      clearTimeout(deadline);
      const done = read.settled();
      if (!done || done.status === 'other-item') setView({ status: 'loading' });
      // Only the latest request may report silence; its answer, if it ever comes, still replaces the notice.
      deadline = setTimeout(
        () => {
          if (!disposed && mine === token) {
            setView({ status: 'problem', failure: { kind: 'no-answer', waitedMs: answerTimeoutMs } });
          }
        },
        Math.max(0, answerTimeoutMs - (Date.now() - read.startedAt)),
      );
      void read.answered.then(() => {
        if (mine === token) clearTimeout(deadline);
      });
      void read.outcome.then((outcome) => {
        if (disposed || mine !== token) return; // the user selected another item meanwhile
        if (outcome.status === 'other-item') {
          if (rereads < MAX_REREADS) load(rereads + 1);
          return;
        }
        setView(outcome);
      });
    };

    reload.current = () => load();
    load();
    const unsubscribe = host.onItemChanged(() => load());
    return () => {
      disposed = true;
      clearTimeout(deadline);
      unsubscribe();
    };
  }, [host, answerTimeoutMs]);

  const retry = useCallback(() => reload.current(), []);
  return { view, reads, retry };
}
