import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../hooks/useAutosave.js';
import { useLanguage } from '../../hooks/useLanguage.js';
import { formatClock } from '../../lib/format.js';
import { Icon } from '../Icon.js';

/** A discreet live status of the automatic saving, with a retry when it failed. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="pj-save-status">
      <p role="status" aria-live="polite" className={state.status === 'failed' ? 'pj-save-failed' : undefined}>
        {state.status === 'idle' ? t('questionnaire.saveHint') : null}
        {state.status === 'saving' ? t('questionnaire.saving') : null}
        {state.status === 'saved' ? (
          <>
            <Icon name="check" className="pj-save-icon" />
            {t('questionnaire.savedAt', { time: formatClock(state.at, language) })}
          </>
        ) : null}
        {state.status === 'failed' ? (
          <>
            <Icon name="error" className="pj-save-icon" />
            {t('questionnaire.saveFailed', { message: state.message })}
          </>
        ) : null}
      </p>
      {state.status === 'failed' && state.code !== 'round_closed' ? (
        <button type="button" className="function-link" onClick={onRetry}>
          {t('questionnaire.retry')}
        </button>
      ) : null}
    </div>
  );
}
