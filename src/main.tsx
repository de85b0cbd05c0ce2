import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openLink } from './store/classroom';
import { reset } from './store/actions';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
// The link first: unpacking its experiment takes a moment, and the page then opens on it
// (never on the saved one for a moment before).
void openLink()
  .catch((e: unknown) => console.error(e))
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    // Build the first run (data, network) in the worker; training waits for the Train button.
    void reset();
  });
