import 'dkfds-dist/css/dkfds.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { initI18n } from './i18n/index.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// The saved language is ready before the first render, so the page never flashes in the other one.
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
