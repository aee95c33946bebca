import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TPicture, TPlans, TSnapshot } from '../../contracts/live.js';
import { createConnection, OUTBOX_KEY, type LiveConnection, type LiveEnv, type SocketHandlers, type WakeEvent } from './connection.js';
import { ordered } from './outbox.js';

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

const AREA = '01jarea0000000000000000000';
const ROW = '01jrw000000000000000000000';
const NOTE = '01jnte00000000000000000000';

function snapshot(
  over: {
    kind?: string | null;
    answers?: Record<string, number>;
    accepted?: boolean;
    status?: string;
    revision?: number;
    picture?: TPicture | null;
    plans?: TPlans | null;
    areaId?: string | null;
  } = {},
): TSnapshot {
  const kind = over.kind === undefined ? 'questionnaire' : over.kind;
  return {
    type: 'snapshot',
    revision: over.revision ?? 1,
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
    picture: over.picture ?? null,
    plans: over.plans ?? null,
    me: {
      participantId: 'p1',
      displayName: 'Anna',
      groupName: null,
      acceptedRules: over.accepted ?? true,
      answers: over.answers ?? {},
      areaId: over.areaId ?? null,
    },
  } as unknown as TSnapshot;
}

function note(text: string, id = NOTE) {
  return { id, category: 'strength' as const, text, mine: true, hidden: false, mergedInto: null, dots: null, selected: null };
}

function picture(phase: TPicture['phase'], over: Partial<TPicture> = {}): TPicture {
  return { phase, dotsPerParticipant: 5, notes: [], myDots: {}, contributors: 0, ...over };
}

const cell = (value = '', version = 0, by: string | null = null) => ({ value, version, by, at: null });

function plans(rows: { id: string; cells?: Partial<Record<string, ReturnType<typeof cell>>> }[] = [], members = {}): TPlans {
  return {
    rows: rows.map((r, i) => ({
      id: r.id,
      areaId: AREA,
      position: i,
      cells: { focusArea: cell(), activity: cell(), resources: cell(), start: cell(), end: cell(), responsible: cell(), ...r.cells },
    })),
    members,
  };
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
  it('merges deltas into the snapshot: the fields they carry, from the same revision on', () => {
    const c = connected(snapshot({ kind: 'picture', revision: 5, picture: picture('collect') }));
    last().receive({ type: 'delta', revision: 4, participants: 9, picture: picture('vote') });
    expect(c.getState().snapshot).toMatchObject({ participants: 1, picture: { phase: 'collect' } });
    last().receive({ type: 'delta', revision: 5, picture: picture('collect', { notes: [note('Mod til at prøve')] }) });
    expect(c.getState().snapshot!.picture!.notes.map((n) => n.text)).toEqual(['Mod til at prøve']);
    last().receive({ type: 'delta', revision: 6, participants: 12, tally: { respondents: 1 }, plans: plans([{ id: ROW }]) });
    expect(c.getState().snapshot).toMatchObject({ revision: 6, participants: 12, tally: null, plans: { rows: [{ id: ROW }] } });
    // A field left out stays as it was.
    expect(c.getState().snapshot!.picture!.notes).toHaveLength(1);
    // A snapshot replaces everything, whatever its revision (a restarted server counts anew).
    last().receive(snapshot({ kind: 'picture', revision: 2, picture: picture('show') }));
    expect(c.getState().snapshot).toMatchObject({ revision: 2, plans: null, picture: { phase: 'show' } });
  });

  it('keeps a note in the outbox until it is stored, and shows it as the own note after the ack', () => {
    const c = connected(snapshot({ kind: 'picture', picture: picture('collect') }));
    c.note('strength', '  Vi deler data\npå tværs  ');
    c.note('focus', '   ');
    expect(last().frames('note')).toEqual([{ type: 'note', id: 'msg-00000001', category: 'strength', text: 'Vi deler data på tværs' }]);
    expect(storage.getItem(OUTBOX_KEY)).toContain('Vi deler data');
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false, ref: NOTE });
    expect(c.getState().outbox).toEqual({});
    expect(c.getState().snapshot!.picture!.notes).toEqual([
      {
        id: NOTE,
        category: 'strength',
        text: 'Vi deler data på tværs',
        mine: true,
        hidden: false,
        mergedInto: null,
        dots: null,
        selected: null,
      },
    ]);
    // The server's own delta (sent before the ack) does not make it appear twice.
    last().receive({ type: 'delta', revision: 1, picture: picture('collect', { notes: [note('Vi deler data på tværs', NOTE)] }) });
    expect(c.getState().snapshot!.picture!.notes).toHaveLength(1);
  });

  it('holds a note the server cannot take now, and sends it when the collection opens again', () => {
    const c = connected(snapshot({ kind: 'picture', picture: picture('show') }));
    c.note('challenge', 'For mange systemer');
    last().receive({ type: 'error', id: 'msg-00000001', code: 'not_now', message: 'Not now', fatal: false });
    expect(c.getState().outbox['msg-00000001']!.held).toBe(true);
    last().receive(snapshot({ kind: 'picture', picture: picture('vote') }));
    expect(last().frames('note')).toHaveLength(1);
    last().receive(snapshot({ kind: 'picture', picture: picture('collect') }));
    expect(last().frames('note')).toHaveLength(2);
    expect(c.getState().outbox['msg-00000001']!.held).toBe(false);
  });

  it('lets the participant forget a held message, and only a held one', () => {
    const c = connected(snapshot({ kind: 'picture', picture: picture('show') }));
    c.note('challenge', 'For sent');
    c.discard('msg-00000001');
    expect(Object.keys(c.getState().outbox)).toEqual(['msg-00000001']);
    last().receive({ type: 'error', id: 'msg-00000001', code: 'not_now', message: 'Not now', fatal: false });
    c.discard('msg-00000001');
    expect(c.getState().outbox).toEqual({});
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
  });

  it('sends the newest dots on a note, and explains a refusal over the limit or for a vanished note', () => {
    const c = connected(snapshot({ kind: 'picture', picture: picture('vote', { myDots: { [NOTE]: 1 } }) }));
    c.vote(NOTE, 2);
    c.vote(NOTE, 3);
    // Both went out at once; only the newest waits for its ack.
    expect(
      last()
        .frames('vote')
        .map((f) => f.dots),
    ).toEqual([2, 3]);
    expect(Object.values(c.getState().outbox).map((e) => e.msg)).toEqual([{ type: 'vote', id: 'msg-00000002', noteId: NOTE, dots: 3 }]);
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false });
    last().receive({ type: 'ack', id: 'msg-00000002', duplicate: false });
    expect(c.getState().snapshot!.picture!.myDots).toEqual({ [NOTE]: 3 });
    c.vote(NOTE, 9);
    last().receive({ type: 'error', id: 'msg-00000003', code: 'over_limit', message: 'You have 5 dots in all.', fatal: false });
    expect(c.getState().outbox).toEqual({});
    expect(c.getState().lastRefusal).toEqual({
      code: 'over_limit',
      msg: { type: 'vote', id: 'msg-00000003', noteId: NOTE, dots: 9 },
      n: 1,
    });
    c.vote(NOTE, 0);
    last().receive({ type: 'error', id: 'msg-00000004', code: 'not_found', message: 'No such note', fatal: false });
    expect(c.getState().lastRefusal).toMatchObject({ code: 'not_found', n: 2 });
    // Neither is sent again.
    vi.advanceTimersByTime(5_000);
    expect(last().frames('vote')).toHaveLength(4);
  });

  it('knows the area once its choice is stored, and then sends plan changes that waited for it', () => {
    const c = connected(snapshot({ kind: 'areas', plans: plans() }));
    expect(c.getState().areaId).toBeNull();
    c.chooseArea(AREA);
    c.addPlanRow();
    // The server handled the row before the area was stored.
    last().receive({ type: 'error', id: 'msg-00000002', code: 'not_now', message: 'Choose your area first.', fatal: false });
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false });
    expect(c.getState().areaId).toBe(AREA);
    expect(last().frames('plan_add_row')).toEqual([
      { type: 'plan_add_row', id: 'msg-00000002' },
      { type: 'plan_add_row', id: 'msg-00000002' },
    ]);
    last().receive({ type: 'ack', id: 'msg-00000002', duplicate: false, ref: ROW });
    expect(c.getState().addedRow).toBe(ROW);
    expect(c.getState().snapshot!.plans!.rows).toEqual([
      expect.objectContaining({ id: ROW, areaId: AREA, position: 0, cells: expect.objectContaining({ activity: cell() }) }),
    ]);
  });

  it('shows a stored plan edit at once, and says when it replaced someone else’s change', () => {
    const c = connected(
      snapshot({ kind: 'areas', areaId: AREA, plans: plans([{ id: ROW, cells: { activity: cell('Bos tekst', 4, 'Bo') } }]) }),
    );
    c.editPlan(ROW, 'activity', 'Kursus\ti data', 3);
    expect(last().frames('plan_edit')).toEqual([
      { type: 'plan_edit', id: 'msg-00000001', rowId: ROW, field: 'activity', value: 'Kursus i data', baseVersion: 3 },
    ]);
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: false, stale: true });
    expect(c.getState().snapshot!.plans!.rows[0]!.cells.activity).toMatchObject({ value: 'Kursus i data', version: 5, by: 'Anna' });
    expect(c.getState().replaced).toEqual({ [`${ROW}:activity`]: 'Kursus i data' });
    // A new edit of the field clears it; an edit that was not stale sets nothing.
    c.editPlan(ROW, 'activity', 'Kursus i datadeling', 5);
    expect(c.getState().replaced).toEqual({});
    last().receive({ type: 'ack', id: 'msg-00000002', duplicate: false, stale: false });
    expect(c.getState().snapshot!.plans!.rows[0]!.cells.activity).toMatchObject({ value: 'Kursus i datadeling', version: 6 });
    expect(c.getState().replaced).toEqual({});
  });

  it('changes nothing on a duplicate ack: the snapshot already shows the edit, and maybe newer ones', () => {
    const c = connected(
      snapshot({ kind: 'areas', areaId: AREA, plans: plans([{ id: ROW, cells: { activity: cell('Bos nyere tekst', 7, 'Bo') } }]) }),
    );
    c.editPlan(ROW, 'activity', 'Gammel tekst', 5);
    last().receive({ type: 'ack', id: 'msg-00000001', duplicate: true });
    expect(c.getState().snapshot!.plans!.rows[0]!.cells.activity.value).toBe('Bos nyere tekst');
    c.deletePlanRow(ROW);
    last().receive({ type: 'ack', id: 'msg-00000002', duplicate: false });
    expect(c.getState().snapshot!.plans!.rows).toEqual([]);
  });

  it('explains a plan edit refused because the row was deleted meanwhile', () => {
    const c = connected(snapshot({ kind: 'areas', areaId: AREA, plans: plans([{ id: ROW }]) }));
    c.editPlan(ROW, 'responsible', 'Kim', 0);
    last().receive({ type: 'error', id: 'msg-00000001', code: 'not_found', message: 'No such row', fatal: false });
    expect(c.getState().outbox).toEqual({});
    expect(c.getState().lastRefusal).toMatchObject({ code: 'not_found', msg: { type: 'plan_edit', value: 'Kim' } });
  });

  it('builds an edit on the version an earlier, already sent edit of the field will make', () => {
    const c = connected(snapshot({ kind: 'areas', areaId: AREA, plans: plans([{ id: ROW }]) }));
    c.editPlan(ROW, 'activity', 'Kur', 0);
    c.editPlan(ROW, 'activity', 'Kursus', 0);
    expect(
      last()
        .frames('plan_edit')
        .map((f) => [f.value, f.baseVersion]),
    ).toEqual([
      ['Kur', 0],
      ['Kursus', 1],
    ]);
    // Offline, an unsent edit is simply replaced by the newer one.
    online = false;
    handlers.get('offline')!();
    c.editPlan(ROW, 'resources', 'To', 0);
    c.editPlan(ROW, 'resources', 'To personer', 0);
    expect(
      ordered(c.getState().outbox)
        .filter((e) => e.msg.type === 'plan_edit' && e.msg.field === 'resources')
        .map((e) => e.msg),
    ).toEqual([{ type: 'plan_edit', id: 'msg-00000004', rowId: ROW, field: 'resources', value: 'To personer', baseVersion: 0 }]);
  });
});
