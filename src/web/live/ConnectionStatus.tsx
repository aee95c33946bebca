import type { ConnStatus } from './connection.js';
import { useLang } from './i18n.js';

/**
 * A calm line at the top of the screen about the connection. While connected it says so and
 * stays put; when the line is down it says so and how many answers (or other changes) wait on
 * the phone. It is a polite live region, so a screen reader hears about a lost and a regained
 * connection.
 */
export function ConnectionStatus({ status, waiting, answersOnly = true }: { status: ConnStatus; waiting: number; answersOnly?: boolean }) {
  const { t } = useLang();
  const down = status === 'reconnecting' || status === 'offline';
  const text = { online: t.connOnline, connecting: t.connConnecting, offline: t.connOffline, reconnecting: t.connReconnecting, ended: '' }[
    status
  ];
  return (
    <div className={`lv-conn lv-conn-${status}`} role="status">
      <span aria-hidden="true" />
      <div>
        <strong>{text}</strong> {down && waiting > 0 ? (answersOnly ? t.connWaiting(waiting) : t.connWaitingAny(waiting)) : ''}
      </div>
    </div>
  );
}
