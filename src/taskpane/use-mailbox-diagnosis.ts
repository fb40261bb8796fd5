/**
 * Diagnoses the item open in Outlook, and again whenever a pinned pane moves to another item. Every
 * request carries a token: an answer for an item the user already left is dropped, and the view is
 * cleared while the new item loads, so a stale diagnosis never stands beside another message.
 */
import { useEffect, useState } from 'react';
import { analyzeHeaders, type Analysis } from './analysis';
import type { HeadersFailure, MailboxHost } from './mailbox';

export type MailboxView =
  | { status: 'loading' }
  | { status: 'problem'; failure: HeadersFailure }
  | { status: 'engine-error'; message: string }
  | { status: 'ready'; analysis: Analysis };

/** Re-reads when the item answered for is not the one shown now; bounded so a flapping key cannot loop. */
const MAX_REREADS = 2;

export function useMailboxDiagnosis(host: MailboxHost): MailboxView {
  const [view, setView] = useState<MailboxView>({ status: 'loading' });

  useEffect(() => {
    let token = 0;
    let disposed = false;

    const load = (rereads = 0): void => {
      const mine = ++token;
      setView({ status: 'loading' });
      host.getCurrentHeaders().then(
        (result) => {
          if (disposed || mine !== token) return; // the user selected another item meanwhile
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
          setView({
            status: 'problem',
            failure: { kind: 'async-failed', code: null, name: null, message: String(error) },
          });
        },
      );
    };

    load();
    const unsubscribe = host.onItemChanged(() => load());
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [host]);

  return view;
}
