/**
 * Diagnoses the item open in Outlook, and again whenever a pinned pane moves to another item. Every
 * request carries a token: an answer for an item the user already left is dropped, and the view is
 * cleared while the new item loads, so a stale diagnosis never stands beside another message. Office
 * sometimes never calls back: after a while the pane says so and offers a retry instead of waiting forever.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { analyzeHeaders, type Analysis } from './analysis';
import type { HeadersFailure, MailboxHost } from './mailbox';

export type MailboxView =
  | { status: 'loading' }
  | { status: 'problem'; failure: HeadersFailure }
  | { status: 'engine-error'; message: string }
  | { status: 'ready'; analysis: Analysis };

export interface MailboxDiagnosis {
  view: MailboxView;
  /** Asks Outlook for the current item's headers again. */
  retry: () => void;
}

/** How long to wait for Office's answer before saying that Outlook did not answer. */
const HOST_ANSWER_TIMEOUT_MS = 20_000;

/** Re-reads when the item answered for is not the one shown now; bounded so a flapping key cannot loop. */
const MAX_REREADS = 2;

export function useMailboxDiagnosis(
  host: MailboxHost,
  answerTimeoutMs: number = HOST_ANSWER_TIMEOUT_MS,
): MailboxDiagnosis {
  const [view, setView] = useState<MailboxView>({ status: 'loading' });
  const reload = useRef<() => void>(() => undefined);

  useEffect(() => {
    let token = 0;
    let disposed = false;
    let deadline: ReturnType<typeof setTimeout> | undefined;

    const load = (rereads = 0): void => {
      const mine = ++token;
      clearTimeout(deadline);
      setView({ status: 'loading' });
      // Only the latest request may report silence; its answer, if it ever comes, still replaces the notice.
      deadline = setTimeout(() => {
        if (!disposed && mine === token) {
          setView({ status: 'problem', failure: { kind: 'no-answer', waitedMs: answerTimeoutMs } });
        }
      }, answerTimeoutMs);
      host.getCurrentHeaders().then(
        (result) => {
          if (disposed || mine !== token) return; // the user selected another item meanwhile
          clearTimeout(deadline);
          const shown = host.currentItemKey();
          if (result.itemKey !== null && shown !== null && result.itemKey !== shown) {
            if (rereads < MAX_REREADS) load(rereads + 1);
            return;
          }
          if (!result.ok) {
            setView({ status: 'problem', failure: result.failure });
            return;
          }
          try {
            setView({
              status: 'ready',
              analysis: analyzeHeaders(
                result.raw,
                'mailbox',
                'The selected message',
                host.recipientAddress(),
              ),
            });
          } catch (error) {
            setView({
              status: 'engine-error',
              message: error instanceof Error ? error.message : String(error),
            });
          }
        },
        (error: unknown) => {
          if (disposed || mine !== token) return;
          clearTimeout(deadline);
          setView({
            status: 'problem',
            failure: { kind: 'async-failed', code: null, name: null, message: String(error) },
          });
        },
      );
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
  return { view, retry };
}
