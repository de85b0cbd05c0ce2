import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reset } from './store/store';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Build the first run (data, network) in the worker; training waits for the Train button.
void reset();
