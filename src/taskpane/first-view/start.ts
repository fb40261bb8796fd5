/**
 * Runs the pane from its first script: shows the first view at once, connects to the host, reads the open
 * item and, when that gives a diagnosis, draws its answer and verdict without React. Only then does the
 * React pane load (React and Fluent are most of the pane's JavaScript), and it takes over from where the
 * first view is. Every other state (no Outlook, no item, a host error, an item switch, a host that does not
 * answer) is the React pane's to show: it loads as soon as one of them is known.
 */
import { wantedAppearance } from '../appearance';
import type { Handover } from '../handover';
import { HOST_ANSWER_TIMEOUT_MS, readItem } from '../item-read';
import type { HostConnection } from '../mailbox';
import { CONNECTING_STATUS, READING_STATUS, paneLoadFailed } from '../pane-words';
import { FirstView } from './first-view';

/** The React pane's chunk, as mount-app.tsx exports it. */
export interface ReactPane {
  mountApp(container: HTMLElement, handover: Handover): Promise<void>;
}

export interface StartOptions {
  loadReactPane?: () => Promise<ReactPane>;
  /** How long Outlook may take to answer before the React pane shows that it did not (tests shorten it). */
  answerTimeoutMs?: number;
}

const loadDefaultPane = (): Promise<ReactPane> => import(/* webpackChunkName: "app" */ '../mount-app');

/**
 * Calls `next` once the frame now being prepared has been painted, so the verdict is on screen before the
 * React chunk's download and compile compete with it. A hidden pane gets no animation frames, so there the
 * handover waits until the pane is shown (or the answer timer ends it). Accepted: nobody reads a hidden
 * pane, the verdict it will show first is already in place, and a pane shown later hands over on its first
 * frame; a plain timer instead would load React in the middle of the verdict's first paint.
 */
function afterPaint(view: Window, next: () => void): void {
  view.requestAnimationFrame(() => view.setTimeout(next, 0));
}

export function startPane(
  container: HTMLElement,
  connecting: Promise<HostConnection>,
  { loadReactPane = loadDefaultPane, answerTimeoutMs = HOST_ANSWER_TIMEOUT_MS }: StartOptions = {},
): void {
  const view = new FirstView(container);
  const paneWindow = container.ownerDocument.defaultView ?? globalThis.window;
  view.showStatus(CONNECTING_STATUS, wantedAppearance(null));

  /** `beforeMount` runs just before the React pane replaces the first view (or fails to). */
  const handOver = (handover: Handover, beforeMount: () => void = () => undefined): void => {
    loadReactPane()
      .then((pane) => {
        beforeMount();
        return pane.mountApp(container, handover);
      })
      .then(
        () => view.dispose(),
        (error: unknown) => {
          beforeMount();
          view.showError(paneLoadFailed(error));
        },
      );
  };

  void connecting.then((connection) => {
    if (connection.mode !== 'mailbox') {
      handOver({ connection, firstRead: null });
      return;
    }
    const { host } = connection;
    const appearance = wantedAppearance(host.getTheme());
    view.showStatus(READING_STATUS, appearance);
    const firstRead = readItem(host);
    let handed = false;
    let timer: ReturnType<Window['setTimeout']> | undefined;
    let watching = true;
    // Declared before anything that may call it: a host may call a listener while it is being registered.
    const handOverOnce = (): void => {
      if (handed) return;
      handed = true;
      paneWindow.clearTimeout(timer);
      handOver({ connection, firstRead }, stopWatching);
    };
    // Another item, or no answer in time: the React pane reads again, or says Outlook did not answer. Until
    // React mounts, the first view watches on: a verdict drawn for the item before must not stand beside
    // another one while the chunk downloads (React reads the new item once it is there).
    const unsubscribe = host.onItemChanged(() => {
      if (!watching) return;
      view.showStatus(READING_STATUS, appearance);
      handOverOnce();
    });
    function stopWatching(): void {
      watching = false;
      unsubscribe();
    }
    if (!handed) timer = paneWindow.setTimeout(handOverOnce, answerTimeoutMs);
    void firstRead.outcome.then((outcome) => {
      if (handed) return;
      if (outcome.status === 'ready' && host.currentItemKey() === firstRead.itemKey) {
        view.showDiagnosis(outcome.analysis, appearance);
        afterPaint(paneWindow, handOverOnce);
      } else {
        handOverOnce();
      }
    });
  });
}
