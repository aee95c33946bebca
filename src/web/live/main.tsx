import './live.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LANGUAGE_KEY, loadDictionary, pickLanguage } from './i18n.js';
import { LiveApp } from './LiveApp.js';

/** Entry of the participant view (deltag.html): kept apart from the main app so phones load little. */

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const lang = pickLanguage(savedLanguage(), navigator.languages?.length ? navigator.languages : [navigator.language]);
// Danish is at hand; English is fetched first, so the page never flashes in the other language.
void loadDictionary(lang).then((t) =>
  createRoot(root).render(
    <StrictMode>
      <LiveApp initialLang={lang} initialDict={t} />
    </StrictMode>,
  ),
);
