/**
 * One read of the item open in Outlook: the headers request, then the engine's diagnosis of the answer.
 * The first read starts as soon as the host connects (first-view/start.ts) and serves both the first view
 * and, handed over, the React pane, which shows its outcome without asking Outlook or the engine again.
 */
import type { Analysis } from './analysis';
import { analyze } from './engine';
import type { HeadersFailure, HeadersResult, MailboxHost } from './mailbox';

/** How long to wait for Office's answer before saying that Outlook did not answer. */
export const HOST_ANSWER_TIMEOUT_MS = 20_000;

export type MailboxView =
  | { status: 'loading' }
  | { status: 'problem'; failure: HeadersFailure }
  | { status: 'engine-error'; message: string }
  | { status: 'ready'; analysis: Analysis };

/** What a read came to: a view, or an answer for an item the user has left (to be read again). */
export type ReadOutcome = Exclude<MailboxView, { status: 'loading' }> | { status: 'other-item' };

export interface ItemRead {
  /** The item shown when Outlook was asked. */
  itemKey: string | null;
  /** Date.now() when Outlook was asked: the wait for its answer counts from here. */
  startedAt: number;
  /** Outlook's answer (settles, never rejects); the engine's time after it is not Outlook's. */
  answered: Promise<void>;
  outcome: Promise<ReadOutcome>;
  /** The outcome once it has settled, for a view that must show it in its first render. */
  settled(): ReadOutcome | null;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function diagnoseAnswer(host: MailboxHost, result: HeadersResult): Promise<ReadOutcome> {
  const shown = host.currentItemKey();
  if (result.itemKey !== null && shown !== null && result.itemKey !== shown) {
    return Promise.resolve({ status: 'other-item' });
  }
  if (!result.ok) return Promise.resolve({ status: 'problem', failure: result.failure });
  // The engine chunk started loading with the page; the answer waits for it if needed.
  return analyze(result.raw, 'mailbox', 'The selected message', host.recipientAddress()).then(
    (analysis): ReadOutcome => ({ status: 'ready', analysis }),
    (error: unknown): ReadOutcome => ({ status: 'engine-error', message: errorText(error) }),
  );
}

export function readItem(host: MailboxHost): ItemRead {
  const itemKey = host.currentItemKey();
  const startedAt = Date.now();
  const headers = host.getCurrentHeaders();
  let settled: ReadOutcome | null = null;
  const outcome = headers
    .then(
      (result) => diagnoseAnswer(host, result),
      (error: unknown): ReadOutcome => ({
        status: 'problem',
        failure: { kind: 'async-failed', code: null, name: null, message: String(error) },
      }),
    )
    .then((done) => (settled = done));
  return {
    itemKey,
    startedAt,
    answered: headers.then(
      () => undefined,
      () => undefined,
    ),
    outcome,
    settled: () => settled,
  };
}
