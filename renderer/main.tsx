import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api';
import { App } from './app/App';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/controls.css';
import './app/styles/shell.css';
import './app/styles/start.css';
import './app/styles/editor.css';
import './app/styles/panels.css';
import './app/styles/timeline.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={createApiClient()} />
  </StrictMode>,
);
