import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LiveFailure, LiveSession } from '../../hooks/useLiveSession.js';

const KNOWN_FAILURES = ['unauthenticated', 'forbidden', 'not_found', 'workshop_finished'] as const;

/** Why the server refused the live connection, in the reader's language (the server's own words otherwise). */
export function failureText(t: TFunction, failure: LiveFailure | null): string {
  const known = KNOWN_FAILURES.find((code) => code === failure?.code);
  return known ? t(`workshops.live.errors.${known}`) : (failure?.message ?? '');
}

/**
 * How the live connection stands, in words and a coloured dot: connecting, connected, lost and
 * retrying (with a button to try at once), or refused with the server's reason.
 */
export function ConnectionStatus({ session, compact = false }: { session: LiveSession; compact?: boolean }) {
  const { t } = useTranslation();
  const { connection, attempt, failure, reconnect } = session;
  const text =
    connection === 'open'
      ? t('workshops.live.open')
      : connection === 'connecting'
        ? t('workshops.live.connecting')
        : connection === 'reconnecting'
          ? t('workshops.live.reconnecting', { count: attempt })
          : t('workshops.live.failed', { message: failureText(t, failure) });
  // The projector shows nothing while all is well: it is not meant to be looked at.
  if (compact && connection === 'open') return <p className="pj-connection pj-connection-quiet sr-only">{text}</p>;
  return (
    <div className={`pj-connection pj-connection-${connection}`}>
      <span className="pj-connection-dot" aria-hidden="true" />
      <span className="pj-connection-text">{text}</span>
      {connection === 'reconnecting' || connection === 'failed' ? (
        <button type="button" className="function-link pj-connection-retry" onClick={reconnect}>
          {t('workshops.live.retry')}
        </button>
      ) : null}
    </div>
  );
}
