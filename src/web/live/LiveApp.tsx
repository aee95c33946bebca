import { LogoMark } from '../components/LogoMark.js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { codeFromPath } from './code.js';
import { ConnectionStatus } from './ConnectionStatus.js';
import { LANGUAGE_KEY, LangContext, loadDictionary, useLang, type Dict, type Lang } from './i18n.js';
import { JoinForm } from './JoinForm.js';
import { lazyModule, useLazyModule } from './lazy.js';
import { HEADING_ID, useScreen } from './screen.js';
import { clearSession, loadSession, saveSession, type LiveSession } from './session.js';

/** The live part (connection, outbox, the steps' screens): not needed until the phone has joined. */
const participantModule = lazyModule(() => import('./Participant.js'));

/** The participant view: the join form until the phone has joined, then the live workshop. */
export function LiveApp({ initialLang, initialDict }: { initialLang: Lang; initialDict: Dict }) {
  const [{ lang, t }, setLanguage] = useState({ lang: initialLang, t: initialDict });
  const [session, setSession] = useState<LiveSession | null>(loadSession);
  const [ended, setEnded] = useState(false);
  const initialCode = useMemo(() => codeFromPath(location.pathname), []);
  const live = useLazyModule(participantModule, session !== null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // The choice then lasts for this visit.
    }
    loadDictionary(next).then(
      (dict) => setLanguage({ lang: next, t: dict }),
      () => undefined, // Offline: the page stays in the language it has.
    );
  }, []);
  const value = useMemo(() => ({ lang, t, setLang }), [lang, t, setLang]);
  const other: Lang = lang === 'da' ? 'en' : 'da';

  const joined = useCallback((s: LiveSession) => {
    saveSession(s);
    setEnded(false);
    setSession(s);
  }, []);
  const leave = useCallback((why: 'left' | 'ended') => {
    clearSession();
    setEnded(why === 'ended');
    setSession(null);
  }, []);

  return (
    <LangContext.Provider value={value}>
      <header className="lv-header">
        <div>
          <span>
            <LogoMark className="lv-logo" />
            {t.brand}
          </span>
          <button type="button" className="lv-link" lang={other} onClick={() => setLang(other)}>
            <span aria-hidden="true">{t.otherLanguage}</span>
            <span className="lv-vh">{t.otherLanguageName}</span>
          </button>
        </div>
      </header>
      {!session ? (
        <JoinForm initialCode={initialCode} notice={ended ? t.sessionEnded : null} onJoined={joined} prefetch={participantModule.load} />
      ) : live ? (
        <live.Participant key={session.token} session={session} onLeave={leave} />
      ) : (
        <Connecting title={session.title} />
      )}
    </LangContext.Provider>
  );
}

/** What a joined phone shows while the live part arrives: the same as its first screen. */
function Connecting({ title }: { title: string }) {
  const { t } = useLang();
  useScreen('loading', title || t.connConnecting);
  return (
    <main className="lv-main" id="main">
      <ConnectionStatus status="connecting" waiting={0} />
      <div className="lv-screen">
        <h1 id={HEADING_ID} tabIndex={-1}>
          {title || t.connConnecting}
        </h1>
        <p className="lv-lead">{t.connConnecting}</p>
      </div>
    </main>
  );
}
