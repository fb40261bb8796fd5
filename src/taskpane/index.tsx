/** Entry point of the task pane page (taskpane.html). */
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { connectToHost } from './mailbox';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(<App connect={() => connectToHost()} />);
}
