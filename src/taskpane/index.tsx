/**
 * Entry point of the task pane page (taskpane.html). Everything slow starts before the first render and
 * runs side by side: the engine chunk, Office.js with Office.onReady, and then the headers request.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { withHeadersRequested } from './early-headers';
import { loadEngine } from './engine';
import { connectToHost } from './mailbox';

// A failed load is reported by the diagnosis that needs the engine (which tries again), not here.
loadEngine().catch(() => undefined);
const connection = connectToHost().then(withHeadersRequested);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(<App connect={() => connection} />);
}
