import type { TSnapshot } from '../../contracts/live.js';
import { backoffDelay } from './backoff.js';
import { OUTBOX_KEY } from './session.js';
import { newMessageId } from './ids.js';
import {
  EMPTY_OUTBOX,
  enqueue,
  hasPendingRules,
  ordered,
  parse,
  remove,
  serialise,
  setHeld,
  type Outbox,
  type OutgoingMsg,
} from './outbox.js';

/**
 * The participant's side of the live protocol (contracts/live.ts, docs/live-protocol.md): one
 * WebSocket that says hello with the participant's token, renders from the snapshots, and never
 * loses an answer. Every answer goes into the outbox (memory and localStorage) before it is sent
 * and leaves it only when the server acknowledges it as stored. After any break (network lost,
 * phone locked, server restarted) the connection comes back by itself with exponential backoff,
 * at once when the browser reports it is online or visible again, says hello with the same token
 * and sends every unacknowledged message again with the same id.
 *
 * Framework-free: the React view subscribes to it (useSyncExternalStore), tests drive it with a
 * fake socket.
 */

export type ConnStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'ended';

export interface LiveState {
  status: ConnStatus;
  snapshot: TSnapshot | null;
  /** Answers the server has stored, by statement: the last snapshot's plus those acknowledged since. */
  stored: Readonly<Record<string, number>>;
  rulesAccepted: boolean;
  outbox: Outbox;
  /** Answers the server could no longer take because the workshop had finished. */
  unsent: number;
  /** Server time minus this device's time, from the last snapshot. */
  skewMs: number;
  /** Why the connection ended for good: the token is unknown, or the workshop is gone. */
  ended: 'unauthenticated' | 'not_found' | null;
}

export interface SocketHandlers {
  open(): void;
  message(data: string): void;
  close(code: number): void;
}

/** A socket as the connection needs it; `close()` ends it without calling the handlers. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
}

export type SocketFactory = (url: string, on: SocketHandlers) => SocketLike;

export type WakeEvent = 'online' | 'offline' | 'visible';

export interface LiveEnv {
  url: string;
  socket: SocketFactory;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  isOnline(): boolean;
  /** Subscribes to the browser's online/offline events and to the page becoming visible. */
  on(event: WakeEvent, handler: () => void): () => void;
  newId?: () => string;
  random?: () => number;
}

export interface Identity {
  token: string;
  participantId: string;
}

export { OUTBOX_KEY };

/** A connection that has not said hello and had its snapshot within this time is given up and retried. */
const HANDSHAKE_TIMEOUT_MS = 10_000;
/** Keep-alive: a ping this often while connected; no frame within PONG_TIMEOUT_MS means the line is dead. */
const PING_EVERY_MS = 25_000;
const PONG_TIMEOUT_MS = 8_000;
/** After the page wakes up with an open socket, it must answer a ping this fast or is replaced. */
const PROBE_TIMEOUT_MS = 4_000;
/** A message sent must be answered (any frame) this fast, or the line is taken for dead and replaced. */
const ACK_TIMEOUT_MS = 10_000;
/** A message the server could not handle just now is sent again after this long. */
const RETRY_MESSAGE_MS = 1_500;

type Timer = ReturnType<typeof setTimeout> | undefined;

interface ServerAck {
  type: 'ack';
  id: string;
  duplicate: boolean;
}
interface ServerError {
  type: 'error';
  id: string | null;
  code: string;
  fatal: boolean;
}

export interface LiveConnection {
  getState(): LiveState;
  subscribe(listener: () => void): () => void;
  start(): void;
  stop(): void;
  /** Records an answer (1–5, or null to take it back) and sends it when connected. */
  answer(itemId: string, value: number | null): void;
  acceptRules(): void;
}

/** A closure rather than a class, so the minifier can shorten every internal name: this is on a phone's first download. */
export function createConnection(identity: Identity, env: LiveEnv): LiveConnection {
  const listeners = new Set<() => void>();
  let outbox: Outbox = EMPTY_OUTBOX;
  try {
    outbox = parse(env.storage?.getItem(OUTBOX_KEY) ?? null, identity.participantId);
  } catch {
    // Storage can be unavailable; the outbox then lives in memory only.
  }
  let state: LiveState = {
    status: 'connecting',
    snapshot: null,
    stored: {},
    rulesAccepted: false,
    outbox,
    unsent: 0,
    skewMs: 0,
    ended: null,
  };
  let socket: SocketLike | null = null;
  /** The current socket has had its snapshot: messages may be sent. */
  let ready = false;
  let attempt = 0;
  let running = false;
  let unlisten: (() => void)[] = [];
  let retryTimer: Timer;
  let handshakeTimer: Timer;
  let pingTimer: Timer;
  let pongTimer: Timer;
  let resendTimer: Timer;

  const update = (patch: Partial<LiveState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const setOutbox = (next: Outbox, patch: Partial<LiveState> = {}) => {
    update({ ...patch, outbox: next });
    const storage = env.storage;
    try {
      if (Object.keys(next).length === 0) storage?.removeItem(OUTBOX_KEY);
      else storage?.setItem(OUTBOX_KEY, serialise(identity.participantId, next));
    } catch {
      // Full or disabled storage: the outbox is still in memory.
    }
  };

  const transmit = (msg: OutgoingMsg | { type: 'ping' | 'hello'; role?: string; token?: string }) => {
    try {
      socket?.send(JSON.stringify(msg));
    } catch {
      // The socket is closing; its close brings a reconnect, and the outbox still has the message.
    }
  };

  /**
   * Sends messages that wait for an ack. A line that died without closing (a phone that changed
   * network) swallows them silently: if no frame at all comes back in time, it is replaced.
   */
  const sendAll = (msgs: OutgoingMsg[]) => {
    if (msgs.length === 0) return;
    for (const msg of msgs) transmit(msg);
    clearTimeout(pongTimer);
    pongTimer = setTimeout(retrySoon, ACK_TIMEOUT_MS);
  };

  /** Sends the waiting messages in the order they were made; held ones only when `includeHeld`. */
  const flush = (includeHeld: boolean) => {
    const entries = ordered(state.outbox).filter((e) => includeHeld || !e.held);
    let next = state.outbox;
    for (const entry of entries) next = setHeld(next, entry.msg.id, false);
    if (next !== state.outbox) setOutbox(next);
    sendAll(entries.map((e) => e.msg));
  };

  const post = (msg: OutgoingMsg) => {
    if (state.ended) return;
    setOutbox(enqueue(state.outbox, msg));
    if (ready) sendAll([msg]);
  };

  /** Forgets the current socket (closing it quietly) and every timer that belongs to it. */
  const dropSocket = () => {
    const old = socket;
    socket = null;
    ready = false;
    clearTimeout(handshakeTimer);
    clearTimeout(pingTimer);
    clearTimeout(pongTimer);
    clearTimeout(resendTimer);
    resendTimer = undefined;
    try {
      old?.close();
    } catch {
      // Already closed.
    }
  };

  const scheduleRetry = () => {
    if (!running || state.ended) return;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, backoffDelay(attempt++, env.random));
    update({ status: env.isOnline() ? 'reconnecting' : 'offline' });
  };

  /** The line looks dead: start over at once (the first backoff step). */
  const retrySoon = () => {
    dropSocket();
    attempt = 0;
    scheduleRetry();
  };

  const end = (reason: 'unauthenticated' | 'not_found') => {
    stop();
    // The token no longer exists: its messages can never be stored.
    setOutbox(EMPTY_OUTBOX, { status: 'ended', ended: reason });
  };

  const heartbeat = () => {
    pingTimer = setTimeout(() => {
      transmit({ type: 'ping' });
      clearTimeout(pongTimer);
      pongTimer = setTimeout(retrySoon, PONG_TIMEOUT_MS);
      heartbeat();
    }, PING_EVERY_MS);
  };

  const onSnapshot = (snapshot: TSnapshot) => {
    const serverTime = Date.parse(snapshot.serverTime);
    update({
      status: 'online',
      snapshot,
      stored: { ...snapshot.me?.answers },
      rulesAccepted: snapshot.me?.acceptedRules ?? false,
      skewMs: Number.isFinite(serverTime) ? serverTime - Date.now() : 0,
    });
    if (!ready) {
      ready = true;
      attempt = 0;
      clearTimeout(handshakeTimer);
      heartbeat();
      flush(true);
    } else if (snapshot.step?.kind === 'questionnaire' && ordered(state.outbox).some((e) => e.held)) {
      // The questionnaire is open (again): what the server could not take before, it takes now.
      flush(true);
    }
  };

  const onAck = (ack: ServerAck) => {
    const msg = state.outbox[ack.id]?.msg;
    if (!msg) return;
    const patch: Partial<LiveState> = { rulesAccepted: true };
    if (msg.type === 'answer') {
      const stored = { ...state.stored };
      if (msg.value === null) delete stored[msg.itemId];
      else stored[msg.itemId] = msg.value;
      patch.stored = stored;
      patch.rulesAccepted = state.rulesAccepted;
    }
    setOutbox(remove(state.outbox, ack.id), patch);
  };

  const onError = (error: ServerError) => {
    if (error.fatal && (error.code === 'unauthenticated' || error.code === 'not_found')) return end(error.code);
    const msg = error.id ? state.outbox[error.id]?.msg : undefined;
    if (!msg) return;
    if (error.code === 'not_now') setOutbox(setHeld(state.outbox, msg.id, true));
    else if (error.code === 'workshop_finished')
      setOutbox(remove(state.outbox, msg.id), { unsent: state.unsent + (msg.type === 'answer' ? 1 : 0) });
    // The server can never take this message; sending it again would not change that.
    else if (error.code === 'bad_message') setOutbox(remove(state.outbox, msg.id));
    // 'unavailable' and the like: try again shortly.
    else
      resendTimer ??= setTimeout(() => {
        resendTimer = undefined;
        if (ready) flush(false);
      }, RETRY_MESSAGE_MS);
  };

  const receive = (data: string) => {
    let msg: { type?: unknown } | null;
    try {
      msg = JSON.parse(data) as { type?: unknown } | null;
    } catch {
      return;
    }
    // Any frame shows the line is alive.
    clearTimeout(pongTimer);
    if (msg?.type === 'snapshot') onSnapshot(msg as TSnapshot);
    else if (msg?.type === 'ack') onAck(msg as ServerAck);
    else if (msg?.type === 'error') onError(msg as ServerError);
  };

  function connect() {
    clearTimeout(retryTimer);
    if (!running || state.ended) return;
    dropSocket();
    const current = env.socket(env.url, {
      open: () => {
        if (socket === current) transmit({ type: 'hello', role: 'participant', token: identity.token });
      },
      message: (data) => {
        if (socket === current) receive(data);
      },
      close: (code) => {
        if (socket !== current) return;
        dropSocket();
        if (code === 4401) end('unauthenticated');
        else if (code === 4404) end('not_found');
        else scheduleRetry();
      },
    });
    socket = current;
    // A connection that has not had its snapshot in time is given up and tried again.
    handshakeTimer = setTimeout(() => {
      dropSocket();
      scheduleRetry();
    }, HANDSHAKE_TIMEOUT_MS);
  }

  /**
   * Back online or visible again: check an open line with a ping, or connect now. An attempt
   * still under way is kept when the page becomes visible, and replaced when the network returns
   * (it was started without one).
   */
  const wake = (networkReturned: boolean) => {
    if (!running || state.ended || (socket && !ready && !networkReturned)) return;
    if (ready) {
      transmit({ type: 'ping' });
      clearTimeout(pongTimer);
      pongTimer = setTimeout(retrySoon, PROBE_TIMEOUT_MS);
      return;
    }
    attempt = 0;
    connect();
    if (state.status !== 'connecting') update({ status: 'reconnecting' });
  };

  function stop() {
    running = false;
    for (const off of unlisten.splice(0)) off();
    dropSocket();
    clearTimeout(retryTimer);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (running || state.ended) return;
      running = true;
      unlisten = [
        env.on('online', () => wake(true)),
        env.on('visible', () => wake(false)),
        // The browser lost the network: frames sent now would vanish, so stop using the socket.
        env.on('offline', () => {
          if (!running) return;
          dropSocket();
          scheduleRetry();
          update({ status: 'offline' });
        }),
      ];
      connect();
    },
    stop,
    answer: (itemId, value) => post({ type: 'answer', id: (env.newId ?? newMessageId)(), itemId, value }),
    acceptRules() {
      if (!hasPendingRules(state.outbox)) post({ type: 'accept_rules', id: (env.newId ?? newMessageId)() });
    },
  };
}

/** The browser's side: same-origin ws:/wss:, window online/offline, document visibility, localStorage. */
export function browserEnv(): LiveEnv {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return {
    url: `${protocol}//${location.host}/api/live/ws`,
    storage,
    isOnline: () => navigator.onLine !== false,
    on(event, handler) {
      if (event === 'visible') {
        const listener = () => {
          if (document.visibilityState === 'visible') handler();
        };
        document.addEventListener('visibilitychange', listener);
        return () => document.removeEventListener('visibilitychange', listener);
      }
      window.addEventListener(event, handler);
      return () => window.removeEventListener(event, handler);
    },
    socket(url, on) {
      const ws = new WebSocket(url);
      ws.onopen = () => on.open();
      ws.onmessage = (e: MessageEvent) => {
        if (typeof e.data === 'string') on.message(e.data);
      };
      ws.onclose = (e: CloseEvent) => on.close(e.code);
      return {
        send: (data) => ws.send(data),
        close: () => {
          ws.onopen = null;
          ws.onmessage = null;
          ws.onclose = null;
          ws.close();
        },
      };
    },
  };
}
