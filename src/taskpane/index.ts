/**
 * Entry point of the task pane page (taskpane.html): a small script without React. Everything slow starts
 * at once and runs side by side: the engine chunk (taskpane.html preloads it), Office.js with
 * Office.onReady and then the headers request; the first view (first-view/) shows the verdict, and the
 * React pane loads after it.
 */
import { loadEngine } from './engine';
import { startPane } from './first-view/start';
import { connectToHost } from './mailbox';

// A failed load is reported by the diagnosis that needs the engine (which tries again), not here.
loadEngine().catch(() => undefined);
const connecting = connectToHost();

const container = document.getElementById('root');
if (container) startPane(container, connecting);
