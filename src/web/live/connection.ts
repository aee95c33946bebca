import type { z } from 'zod';
import type { TNoteCategory, TPlanField, TSnapshot, ZDelta } from '../../contracts/live.js';
import { applyAck, cellKey, type AckInfo } from './acked.js';
import { backoffDelay } from './backoff.js';
import { OUTBOX_KEY } from './session.js';
import { newMessageId } from './ids.js';
import {
  EMPTY_OUTBOX,
  enqueue,
  hasPendingRules,
  markSent,
  ordered,
  parse,
  remove,
  serialise,
  setHeld,
  type Outbox,
  type OutboxEntry,
  type OutgoingMsg,
} from './outbox.js';

/**
 * The participant's side of the live protocol (contracts/live.ts, docs/live-protocol.md): one
 * WebSocket that says hello with the participant's token, renders from the snapshots and the
 * deltas of its own picture and its area's plan, and never loses an answer, a note, a dot or a
 * plan edit. Every message goes into the outbox (memory and localStorage) before it is sent
 * and leaves it only when the server acknowledges it as stored. After any break (network lost,
 * phone locked, server restarted) the connection comes back by itself with exponential backoff,
 * at once when the browser reports it is online or visible again, says hello with the same token
 * and sends every unacknowledged message again with the same id.
 *
 * Framework-free: the React view subscribes to it (useSyncExternalStore), tests drive it with a
 * fake socket.
 */

export type ConnStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'ended';

/** A message the server refused for good: the view explains why (too many dots, the note or row is gone). */
export interface Refusal {
  code: 'over_limit' | 'not_found';
  msg: OutgoingMsg;
  /** Counts refusals, so the view can tell a new one from one it has shown. */
  n: number;
}

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
  /** The participant's area group: the last snapshot's, or the one chosen since (acknowledged). */
  areaId: string | null;
  /** The newest message the server refused for good. */
  lastRefusal: Refusal | null;
  /** The plan row this phone added last (its id from the ack), so the view can move focus to it. */
  addedRow: string | null;
  /**
   * Plan fields (`rowId:field`) where this phone's stored edit replaced a change someone else had
   * made meanwhile (the ack said `stale`), with the value it stored; a new edit of the field clears it.
   */
  replaced: Readonly<Record<string, string>>;
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
type TDelta = z.infer<typeof ZDelta>;

interface ServerAck extends AckInfo {
  type: 'ack';
  id: string;
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
  /** Adds a note to the common picture (trimmed, one line, at most 280 characters). */
  note(category: TNoteCategory, text: string): void;
  /** Puts `dots` of the participant's dots on a note (0 takes them back). */
  vote(noteId: string, dots: number): void;
  chooseArea(areaId: string): void;
  addPlanRow(): void;
  /** Sets one field of a row of the area's plan; `baseVersion` is the field's version the editor started from. */
  editPlan(rowId: string, field: TPlanField, value: string, baseVersion: number): void;
  deletePlanRow(rowId: string): void;
  /** Gives up a message the server has held back ("not now"), e.g. a note written after the collection closed. */
  discard(msgId: string): void;
}

/**
 * Whether the workshop takes a held message now: answers in the questionnaire, notes while the
 * common picture collects, dots while it votes, plan changes in the area work once an area is chosen.
 */
export function belongsNow(msg: OutgoingMsg, snapshot: TSnapshot | null, areaId: string | null): boolean {
  const kind = snapshot?.step?.kind;
  const phase = snapshot?.picture?.phase;
  switch (msg.type) {
    case 'answer':
      return kind === 'questionnaire';
    case 'note':
      return kind === 'picture' && phase === 'collect';
    case 'vote':
      return kind === 'picture' && phase === 'vote';
    case 'plan_add_row':
    case 'plan_edit':
    case 'plan_delete_row':
      return kind === 'areas' && areaId !== null;
    default:
      return true;
  }
}

/** One line of text as the protocol takes it: control characters (line breaks, tabs) become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
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
    areaId: null,
    lastRefusal: null,
    addedRow: null,
    replaced: {},
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

  /** Sends waiting messages in the order they were made, no longer held, and marked as sent. */
  const sendEntries = (entries: OutboxEntry[]) => {
    let next = state.outbox;
    for (const entry of entries) next = setHeld(next, entry.msg.id, false);
    next = markSent(
      next,
      entries.map((e) => e.msg.id),
    );
    if (next !== state.outbox) setOutbox(next);
    sendAll(entries.map((e) => e.msg));
  };

  /** Sends what waits: every message not held back, and the held ones the workshop takes now. */
  const flush = () => sendEntries(ordered(state.outbox).filter((e) => !e.held || belongsNow(e.msg, state.snapshot, state.areaId)));

  /** Sends the held messages the workshop takes now (its step, phase or the area changed). */
  const flushHeld = () => sendEntries(ordered(state.outbox).filter((e) => e.held && belongsNow(e.msg, state.snapshot, state.areaId)));

  const post = (msg: OutgoingMsg, patch: Partial<LiveState> = {}) => {
    if (state.ended) return;
    const next = enqueue(state.outbox, msg);
    const entry = next[msg.id];
    if (!entry) return;
    setOutbox(ready ? markSent(next, [msg.id]) : next, patch);
    if (ready) sendAll([entry.msg]);
  };
  const newId = () => (env.newId ?? newMessageId)();

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
      areaId: snapshot.me?.areaId ?? null,
      skewMs: Number.isFinite(serverTime) ? serverTime - Date.now() : 0,
    });
    if (!ready) {
      ready = true;
      attempt = 0;
      clearTimeout(handshakeTimer);
      heartbeat();
      flush();
    } else {
      // The step or phase the held messages wait for is on (again): the server takes them now.
      flushHeld();
    }
  };

  /** A delta replaces the fields it carries (participants get their picture and their area's plan, never the tally). */
  const onDelta = (delta: TDelta) => {
    const snapshot = state.snapshot;
    if (!snapshot || !(delta.revision >= snapshot.revision)) return;
    const next: TSnapshot = { ...snapshot, revision: delta.revision };
    if (delta.participants !== undefined) next.participants = delta.participants;
    if (delta.picture !== undefined) next.picture = delta.picture;
    if (delta.plans !== undefined) next.plans = delta.plans;
    update({ snapshot: next });
  };

  const onAck = (ack: ServerAck) => {
    const msg = state.outbox[ack.id]?.msg;
    if (!msg) return;
    setOutbox(remove(state.outbox, ack.id), applyAck(state, msg, ack, new Date(Date.now() + state.skewMs).toISOString()));
    // Plan changes sent before the area was stored were held back; now they have an area.
    if (msg.type === 'choose_area') flushHeld();
  };

  const onError = (error: ServerError) => {
    if (error.fatal && (error.code === 'unauthenticated' || error.code === 'not_found')) return end(error.code);
    const msg = error.id ? state.outbox[error.id]?.msg : undefined;
    if (!msg) return;
    if (error.code === 'not_now') setOutbox(setHeld(state.outbox, msg.id, true));
    else if (error.code === 'workshop_finished')
      setOutbox(remove(state.outbox, msg.id), { unsent: state.unsent + (msg.type === 'answer' ? 1 : 0) });
    // Too many dots, or the note, row or area is gone: the view says so; sending it again would not help.
    else if (error.code === 'over_limit' || error.code === 'not_found')
      setOutbox(remove(state.outbox, msg.id), { lastRefusal: { code: error.code, msg, n: (state.lastRefusal?.n ?? 0) + 1 } });
    // The server can never take this message; sending it again would not change that.
    else if (error.code === 'bad_message') setOutbox(remove(state.outbox, msg.id));
    // 'unavailable' and the like: try again shortly.
    else
      resendTimer ??= setTimeout(() => {
        resendTimer = undefined;
        if (ready) sendEntries(ordered(state.outbox).filter((e) => !e.held));
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
    else if (msg?.type === 'delta') onDelta(msg as TDelta);
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
    answer: (itemId, value) => post({ type: 'answer', id: newId(), itemId, value }),
    acceptRules() {
      if (!hasPendingRules(state.outbox)) post({ type: 'accept_rules', id: newId() });
    },
    note(category, text) {
      const line = oneLine(text).trim();
      if (line) post({ type: 'note', id: newId(), category, text: line.slice(0, 280) });
    },
    vote: (noteId, dots) => post({ type: 'vote', id: newId(), noteId, dots: Math.max(0, Math.min(20, Math.trunc(dots))) }),
    chooseArea: (areaId) => post({ type: 'choose_area', id: newId(), areaId }),
    addPlanRow: () => post({ type: 'plan_add_row', id: newId() }),
    editPlan(rowId, field, value, baseVersion) {
      const replaced = { ...state.replaced };
      delete replaced[cellKey(rowId, field)];
      post({ type: 'plan_edit', id: newId(), rowId, field, value: oneLine(value).slice(0, 500), baseVersion }, { replaced });
    },
    deletePlanRow: (rowId) => post({ type: 'plan_delete_row', id: newId(), rowId }),
    discard(msgId) {
      if (state.outbox[msgId]?.held) setOutbox(remove(state.outbox, msgId));
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
