/**
 * The React pane's chunk: React, Fluent and every view. first-view/start.ts loads it once the first view
 * shows what it can, and it replaces that view in a single commit, in the theme the pane wants (loaded
 * before the commit, so nothing is shown in the wrong one).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import type { Handover } from './handover';
import { loadWantedTheme } from './theme';

export async function mountApp(container: HTMLElement, handover: Handover): Promise<void> {
  const { connection } = handover;
  // A theme that fails to load leaves the pane to say "Loading…" and try again, as it does without this.
  await loadWantedTheme(connection.mode === 'mailbox' ? connection.host.getTheme() : null).catch(
    () => undefined,
  );
  const root = createRoot(container);
  // The root's first commit also clears the container: the first view goes in the same frame.
  flushSync(() => root.render(<App connect={() => Promise.resolve(connection)} handover={handover} />));
}
