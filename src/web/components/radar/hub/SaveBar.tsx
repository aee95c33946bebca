import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { formatClock } from '../../../lib/format.js';
import { Icon } from '../../Icon.js';
import type { RadarSaveState } from './useKeyedAutosave.js';

/** The live status of the automatic saving: »Gemmer …«, »Gemt kl. 14.32« or the error with a retry. */
export function SaveStatusLine({
  state,
  onRetry,
  canRetry,
  idleText,
}: {
  state: RadarSaveState;
  onRetry: () => void;
  canRetry: boolean;
  idleText: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="pj-save-status">
      <p role="status" aria-live="polite" className={state.status === 'failed' ? 'pj-save-failed' : undefined}>
        {state.status === 'idle' ? idleText : null}
        {state.status === 'saving' ? t('radarHub.save.saving') : null}
        {state.status === 'saved' ? (
          <>
            <Icon name="check" className="pj-save-icon" />
            {t('radarHub.save.saved', { time: formatClock(state.at, language) })}
          </>
        ) : null}
        {state.status === 'failed' ? (
          <>
            <Icon name="error" className="pj-save-icon" />
            {t('radarHub.save.failed', { message: state.code === 'network' ? t('radarHub.save.offline') : state.message })}
          </>
        ) : null}
      </p>
      {state.status === 'failed' && canRetry ? (
        <button type="button" className="function-link" onClick={onRetry}>
          {t('radarHub.save.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** The bar at the bottom of the answer and maturity pages: progress and the save status. */
export function SaveBar({
  id,
  progressText,
  answered,
  total,
  state,
  onRetry,
  canRetry,
  idleText,
}: {
  id: string;
  progressText: string;
  answered: number;
  total: number;
  state: RadarSaveState;
  onRetry: () => void;
  canRetry: boolean;
  idleText: string;
}) {
  return (
    <div className="pj-answer-bar">
      <div className="pj-answer-bar-row">
        <label htmlFor={id} className="pj-progress-label">
          {progressText}
        </label>
        <SaveStatusLine state={state} onRetry={onRetry} canRetry={canRetry} idleText={idleText} />
      </div>
      <progress id={id} max={Math.max(total, 1)} value={answered}>
        {progressText}
      </progress>
    </div>
  );
}
