import { useCallback, useEffect, useState } from 'react';
import { ZServerMessage, type TServerMessage } from '../../contracts/live.js';
import { applyFrame, backoffDelay, type LiveState } from '../lib/workshops.js';

/** How the connection stands: the first attempt, connected (a snapshot arrived), lost and retrying, or refused for good. */
export type LiveConnection = 'connecting' | 'open' | 'reconnecting' | 'failed';

export interface LiveFailure {
  code: string;
  message: string;
}

export interface LiveSession {
  connection: LiveConnection;
  /** The last snapshot with the deltas since; kept (and shown as possibly stale) while reconnecting. */
  live: LiveState | null;
  /** Why the server refused the connection ('failed'). */
  failure: LiveFailure | null;
  /** Attempts since the connection was lost. */
  attempt: number;
  /** Connect again at once (after a refusal, or instead of waiting for the next attempt). */
  reconnect: () => void;
}

/** A ping keeps proxies from closing a quiet connection; with no frame at all for this long the connection is taken as dead. */
const PING_EVERY_MS = 15_000;
const SILENCE_LIMIT_MS = 45_000;

function liveUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/api/live/ws`;
}

function parseFrame(data: unknown): TServerMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const result = ZServerMessage.safeParse(JSON.parse(data));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * The live WebSocket of a workshop for the facilitator console or the projector (same origin,
 * session cookie): says hello, keeps the snapshot and applies deltas, pings, and reconnects with
 * exponential backoff and jitter after a lost connection, resyncing from the snapshot that the
 * server sends after the new hello. A refusal (not signed in, no access, no such workshop) ends it.
 * Without a workshop id it does not connect.
 */
export function useLiveSession(workshopId: string | null, role: 'facilitator' | 'projector'): LiveSession {
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const [live, setLive] = useState<LiveState | null>(null);
  const [failure, setFailure] = useState<LiveFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [generation, setGeneration] = useState(0);

  const reconnect = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!workshopId) return;
    let disposed = false;
    let socket: WebSocket | null = null;
    let tries = 0;
    let retryTimer: number | undefined;
    let lastFrameAt = Date.now();
    let refusal: LiveFailure | null = null;
    let stopped = false;

    const retry = () => {
      if (disposed) return;
      const delay = backoffDelay(tries, Math.random());
      tries += 1;
      setAttempt(tries);
      setConnection('reconnecting');
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(connect, delay);
    };

    /** Drops the current socket without waiting for a closing handshake that may never come. */
    const drop = () => {
      const old = socket;
      socket = null;
      if (!old) return;
      old.onopen = null;
      old.onmessage = null;
      old.onclose = null;
      old.onerror = null;
      old.close();
    };

    function connect() {
      if (disposed) return;
      drop();
      refusal = null;
      setConnection(tries === 0 ? 'connecting' : 'reconnecting');
      let ws: WebSocket;
      try {
        ws = new WebSocket(liveUrl());
      } catch {
        retry();
        return;
      }
      socket = ws;
      ws.onopen = () => {
        lastFrameAt = Date.now();
        ws.send(JSON.stringify({ type: 'hello', role, workshopId }));
      };
      ws.onmessage = (event: MessageEvent) => {
        lastFrameAt = Date.now();
        const message = parseFrame(event.data);
        if (!message) return;
        if (message.type === 'error' && message.fatal) refusal = { code: message.code, message: message.message };
        if (message.type === 'snapshot') {
          tries = 0;
          setAttempt(0);
          setFailure(null);
          setConnection('open');
        }
        if (message.type === 'snapshot' || message.type === 'delta') {
          const receivedAt = Date.now();
          setLive((state) => applyFrame(state, message, receivedAt));
        }
      };
      ws.onclose = () => {
        if (socket !== ws) return;
        socket = null;
        if (disposed) return;
        // Refused for a reason another try will not change: say so and stop.
        if (refusal && refusal.code !== 'unavailable') {
          stopped = true;
          setFailure(refusal);
          setConnection('failed');
          return;
        }
        retry();
      };
    }

    const heartbeat = window.setInterval(() => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      if (Date.now() - lastFrameAt > SILENCE_LIMIT_MS) {
        drop();
        retry();
        return;
      }
      socket.send(JSON.stringify({ type: 'ping' }));
    }, PING_EVERY_MS);

    /** Back online or back in view while disconnected: try now rather than at the end of the backoff. */
    const wake = () => {
      if (disposed || stopped || socket || document.visibilityState === 'hidden') return;
      window.clearTimeout(retryTimer);
      connect();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') wake();
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', onVisibility);

    connect();
    return () => {
      disposed = true;
      window.clearTimeout(retryTimer);
      window.clearInterval(heartbeat);
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', onVisibility);
      drop();
    };
  }, [workshopId, role, generation]);

  return { connection, live, failure, attempt, reconnect };
}

/** The current time, updated every `intervalMs` (for timers). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
