/** Where a joined phone keeps its place: the token brings it back as the same participant. */
export interface LiveSession {
  token: string;
  participantId: string;
  workshopId: string;
  title: string;
}

export const SESSION_KEY = 'pejling.live.session';
/** The outbox of unacknowledged messages (connection.ts) belongs to the session. */
export const OUTBOX_KEY = 'pejling.live.outbox';

export function loadSession(): LiveSession | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<LiveSession> | null;
    if (!v || typeof v.token !== 'string' || typeof v.workshopId !== 'string') return null;
    return { token: v.token, participantId: v.participantId ?? '', workshopId: v.workshopId, title: v.title ?? '' };
  } catch {
    return null;
  }
}

export function saveSession(session: LiveSession): void {
  try {
    localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Without storage the phone cannot come back after a reload, but the visit still works.
  }
}

/** Leaves the workshop on this device: the token and any unsent messages are forgotten. */
export function clearSession(): void {
  try {
    localStorage.removeItem(SESSION_KEY);
    localStorage.removeItem(OUTBOX_KEY);
  } catch {
    // Nothing stored.
  }
}
