import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TSnapshot } from '../../contracts/live.js';
import { createConnection, OUTBOX_KEY, type LiveConnection, type LiveEnv, type SocketHandlers, type WakeEvent } from './connection.js';

/** A socket the test plays the server for. */
class FakeSocket {
  sent: Record<string, unknown>[] = [];
  closed = false;
  constructor(readonly on: SocketHandlers) {}
  send(data: string) {
    if (this.closed) throw new Error('closed');
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.on.open();
  }
  receive(frame: object) {
    this.on.message(JSON.stringify(frame));
  }
  drop(code = 1006) {
    this.closed = true;
    this.on.close(code);
  }
  frames(type: string) {
    return this.sent.filter((f) => f.type === type);
  }
}

class MemoryStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

function snapshot(over: { kind?: string | null; answers?: Record<string, number>; accepted?: boolean; status?: string } = {}): TSnapshot {
  const kind = over.kind === undefined ? 'questionnaire' : over.kind;
  return {
    type: 'snapshot',
    revision: 1,
    serverTime: new Date().toISOString(),
    workshop: {
      id: 'w1',
      title: 'Værksted',
      status: (over.status ?? 'running') as 'running',
      joinCode: null,
      groundRules: ['Alle bliver hørt.'],
      areas: [],
      answering: 'either',
      instrumentId: 'ledelsesudfordringer',
      instrumentVersion: 1,
    },
    step: kind
      ? {
          position: 3,
          count: 10,
          kind: kind as 'questionnaire',
          title: 'Ledelsesmæssig status',
          purpose: '',
          durationMs: 600_000,
          elapsedMs: 0,
          runningSince: null,
        }
      : null,
    revealed: false,
    participants: 1,
    tally: null,
    me: {
      participantId: 'p1',
      displayName: null,
      groupName: null,
      acceptedRules: over.accepted ?? true,
      answers: over.answers ?? {},
    },
  } as unknown as TSnapshot;
}

describe('the participant connection', () => {
  let sockets: FakeSocket[];
  let storage: MemoryStorage;
  let online: boolean;
  let handlers: Map<WakeEvent, () => void>;
  let ids: number;
  let env: LiveEnv;
  const live: LiveConnection[] = [];

  const last = () => sockets.at(-1)!;
  const make = () => {
    const c = createConnection({ token: 't'.repeat(32), participantId: 'p1' }, env);
    live.push(c);
    return c;
  };
  /** Starts a connection and lets the server greet it. */
  const connected = (snap = snapshot()) => {
    const c = make();
    c.start();
    last().open();
    last().receive(snap);
    return c;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    storage = new MemoryStorage();
    online = true;
    handlers = new Map();
    ids = 0;
    env = {
      url: 'ws://test/api/live/ws',
      socket: (_url, on) => {
        const s = new FakeSocket(on);
        sockets.push(s);
        return s;
      },
      storage,
      isOnline: () => online,
      on: (event, handler) => {
        handlers.set(event, handler);
        return () => handlers.delete(event);
      },
      newId: () => `msg-${String(++ids).padStart(8, '0')}`,
      random: () => 1,
    };
  });
  afterEach(() => {
    for (const c of live.splice(0)) c.stop();
    vi.useRealTimers();
  });

  it('says hello with the token, and sends nothing else before the snapshot', () => {
    const c = make();
    c.start();
    expect(c.getState().status).toBe('connecting');
    c.answer('klar-vision', 4);
    last().open();
    expect(last().sent).toEqual([{ type: 'hello', role: 'participant', token: 't'.repeat(32) }]);
    last().receive(snapshot());
    expect(c.getState().status).toBe('online');
    expect(last().frames('answer')).toEqual([{ type: 'answer', id: 'msg-00000001', itemId: 'klar-vision', value: 4 }]);
  });

  it('keeps an answer until the server acknowledges it, then counts it as stored', () => {
    const c = connected(snapshot({ answers: { 'konkrete-maal': 2 } }));
    c.answer('klar-vision', 4);
    expect(Object.keys(c.getState().outbox)).toEqual(['msg-00000001']);
    expect(storage.getItem(OUTBOX_KEY)).toContain('msg-00000001');
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false });
    expect(c.getState().outbox).toEqual({});
    expect(c.getState().stored).toEqual({ 'konkrete-maal': 2, 'klar-vision': 4 });
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
  });

  it('after a lost connection says hello again and resends every unacknowledged message with the same id', () => {
    const c = connected();
    c.answer('klar-vision', 4);
    c.answer('konkrete-maal', 3);
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false });
    // The ack for the second never arrives: the line breaks.
    last().drop();
    expect(c.getState().status).toBe('reconnecting');
    // Changed twice while offline: only the newest value is kept for the statement.
    c.answer('klar-vision', 2);
    c.answer('klar-vision', 1);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(2);
    last().open();
    expect(last().sent).toEqual([{ type: 'hello', role: 'participant', token: 't'.repeat(32) }]);
    last().receive(snapshot({ answers: { 'klar-vision': 4, 'konkrete-maal': 3 } }));
    expect(last().frames('answer')).toEqual([
      { type: 'answer', id: 'msg-00000002', itemId: 'konkrete-maal', value: 3 },
      { type: 'answer', id: 'msg-00000004', itemId: 'klar-vision', value: 1 },
    ]);
    last().receive({ type: 'ack', id: 'msg-00000002', duplicate: true });
    last().receive({ type: 'ack', id: 'msg-00000004', duplicate: false });
    expect(c.getState().outbox).toEqual({});
    expect(c.getState().stored).toEqual({ 'klar-vision': 1, 'konkrete-maal': 3 });
  });

  it('backs off exponentially up to ten seconds while the server cannot be reached', () => {
    make().start();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = sockets.length;
      last().drop();
      let waited = 0;
      while (sockets.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('reconnects at once when the network comes back or the phone wakes up', () => {
    const c = connected();
    online = false;
    handlers.get('offline')!();
    expect(sockets[0]!.closed).toBe(true);
    expect(c.getState().status).toBe('offline');
    c.answer('klar-vision', 5);
    online = true;
    handlers.get('online')!();
    expect(sockets).toHaveLength(2);
    last().open();
    last().receive(snapshot());
    expect(last().frames('answer')).toEqual([{ type: 'answer', id: 'msg-00000001', itemId: 'klar-vision', value: 5 }]);
  });

  it('checks an open line when the phone wakes up, and replaces it when it does not answer', () => {
    connected();
    handlers.get('visible')!();
    expect(last().frames('ping')).toHaveLength(1);
    vi.advanceTimersByTime(4000);
    expect(sockets[0]!.closed).toBe(true);
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(2);
  });

  it('keeps the outbox across a reload of the page', () => {
    const c = connected();
    c.answer('klar-vision', 4);
    c.stop();
    const again = make();
    expect(Object.values(again.getState().outbox).map((e) => e.msg)).toEqual([
      { type: 'answer', id: 'msg-00000001', itemId: 'klar-vision', value: 4 },
    ]);
    again.start();
    last().open();
    last().receive(snapshot());
    expect(last().frames('answer')).toEqual([{ type: 'answer', id: 'msg-00000001', itemId: 'klar-vision', value: 4 }]);
  });

  it('holds answers the server cannot take now, and sends them when the questionnaire reopens', () => {
    const c = connected(snapshot({ kind: 'break' }));
    c.answer('klar-vision', 3);
    last().receive({ type: 'error', id: 'msg-00000001', code: 'not_now', message: 'Not now', fatal: false });
    expect(c.getState().outbox['msg-00000001']!.held).toBe(true);
    last().receive(snapshot({ kind: 'picture' }));
    expect(last().frames('answer')).toHaveLength(1);
    last().receive(snapshot({ kind: 'questionnaire' }));
    expect(last().frames('answer')).toHaveLength(2);
    expect(c.getState().outbox['msg-00000001']!.held).toBe(false);
  });

  it('counts answers that came too late for a finished workshop', () => {
    const c = connected();
    c.answer('klar-vision', 3);
    last().receive({ type: 'error', id: 'msg-00000001', code: 'workshop_finished', message: 'Finished', fatal: false });
    expect(c.getState().outbox).toEqual({});
    expect(c.getState().unsent).toBe(1);
  });

  it('moves on once the rules acceptance is acknowledged, and sends it only once', () => {
    const c = connected(snapshot({ accepted: false }));
    expect(c.getState().rulesAccepted).toBe(false);
    c.acceptRules();
    c.acceptRules();
    expect(last().frames('accept_rules')).toEqual([{ type: 'accept_rules', id: 'msg-00000001' }]);
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false });
    expect(c.getState().rulesAccepted).toBe(true);
  });

  it('ends for good when the server does not know the token, and forgets its outbox', () => {
    const c = connected();
    c.answer('klar-vision', 3);
    last().receive({ type: 'error', id: null, code: 'unauthenticated', message: 'Unknown participant token', fatal: true });
    last().drop(4401);
    expect(c.getState()).toMatchObject({ status: 'ended', ended: 'unauthenticated', outbox: {} });
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('gives up on a connection that never completes the handshake, and tries again', () => {
    make().start();
    vi.advanceTimersByTime(10_000);
    expect(sockets[0]!.closed).toBe(true);
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(2);
  });

  it('replaces a line that swallows an answer without closing, and sends the answer again', () => {
    const c = connected();
    c.answer('klar-vision', 4);
    vi.advanceTimersByTime(9_000);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(sockets[0]!.closed).toBe(true);
    expect(c.getState().status).toBe('reconnecting');
    vi.advanceTimersByTime(500);
    last().open();
    last().receive(snapshot());
    expect(last().frames('answer')).toEqual([{ type: 'answer', id: 'msg-00000001', itemId: 'klar-vision', value: 4 }]);
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false });
    vi.advanceTimersByTime(20_000);
    expect(sockets).toHaveLength(2);
  });

  it('pings while connected and replaces a silent line', () => {
    connected();
    vi.advanceTimersByTime(25_000);
    expect(last().frames('ping')).toHaveLength(1);
    last().receive({ type: 'pong', serverTime: new Date().toISOString() });
    vi.advanceTimersByTime(25_000);
    expect(last().frames('ping')).toHaveLength(2);
    vi.advanceTimersByTime(8_000);
    expect(sockets[0]!.closed).toBe(true);
  });
});
