import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { updateProfile } from '../../contracts/session.js';
import { callOp } from '../api/client.js';
import { applyLanguage, isLanguage, rememberLanguage, type Language } from '../i18n/index.js';
import { useSession } from './useSession.js';

/** The interface language and a switch that is saved on the profile when signed in. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const { user, setUser } = useSession();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'da';

  const setLanguage = useCallback(
    async (next: Language) => {
      await applyLanguage(next);
      rememberLanguage(next);
      if (user && user.locale !== next) {
        try {
          setUser(await callOp(updateProfile, { body: { locale: next } }));
        } catch {
          // The switch still applies in this browser; the profile keeps the old choice.
        }
      }
    },
    [user, setUser],
  );
  return { language, setLanguage };
}
