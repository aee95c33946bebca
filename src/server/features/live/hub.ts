import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import {
  ZClientMessage,
  type TClientMessage,
  type THello,
  type TServerMessage,
  type TSnapshot,
  type TTally,
} from '../../../contracts/live.js';
import type { TInstrument } from '../../../domain/instruments/schema.js';
import { LiveTally } from '../../../domain/workshops/tally.js';
import { GroupCommit } from '../../lib/group-commit.js';
import { nowIso } from '../../lib/time.js';
import type { AssessmentsService } from '../assessments/service.js';
import type { Role } from '../organisations/repository.js';
import type { AnswerWrite, ParticipantRow, StepRow, WorkshopRow } from '../workshops/repository.js';
import type { LiveState, WorkshopsService } from '../workshops/service.js';

/** At most this many coalesced updates a second go to the facilitator and the projector. */
const UPDATES_PER_SECOND = 10;
/** Frames to many sockets are sent in slices, so acks keep flowing meanwhile. */
const SLICE = 500;
/** A connection must say who it is within this time. */
const HELLO_TIMEOUT_MS = 10_000;

type ConnRole = 'participant' | 'facilitator' | 'projector';

/** Who is asking to observe a workshop (from the upgrade request's session). */
export interface Viewer {
  userId: string;
  roleIn: (orgId: string) => Promise<Role | undefined>;
}

interface Conn {
  socket: WebSocket;
  role: ConnRole | null;
  participant: ParticipantRow | null;
  session: Session | null;
}

interface Session {
  id: string;
  orgId: string;
  row: WorkshopRow;
  steps: StepRow[];
  live: LiveState;
  instrument: TInstrument;
  tally: LiveTally;
  participants: number;
  revision: number;
  observers: Set<Conn>;
  members: Map<string, Set<Conn>>;
  /** Participants whose rules acceptance is known (to answer snapshots without a read). */
  accepted: Set<string>;
  names: Map<string, { displayName: string | null; groupName: string | null }>;
  dirty: boolean;
  timer: NodeJS.Timeout | null;
  lastUpdate: number;
}

function send(socket: WebSocket, message: TServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

/**
 * The live side of workshops: one WebSocket per phone, facilitator console and projector.
 * Answers are acknowledged after their group commit; tallies go to the facilitator and (once
 * revealed) the projector at most ten times a second; participants get only what they need.
 */
export class LiveHub {
  private readonly sessions = new Map<string, Promise<Session>>();
  private readonly writer: GroupCommit<AnswerWrite, boolean>;
  private closed = false;

  constructor(
    private readonly workshops: WorkshopsService,
    private readonly assessments: AssessmentsService,
    private readonly log: FastifyBaseLogger,
  ) {
    this.writer = new GroupCommit(async (batch) => {
      const fresh = await this.workshops.repo.writeAnswers(batch, nowIso());
      return batch.map((w) => fresh.has(`${w.participantId}:${w.clientMsgId}`));
    });
    workshops.onChange((id, what) => void this.refresh(id, what));
  }

  /** A new connection; `viewer` is the signed-in person of the upgrade request, if any. */
  attach(socket: WebSocket, viewer: Viewer | null): void {
    const conn: Conn = { socket, role: null, participant: null, session: null };
    const helloTimer = setTimeout(() => this.fail(conn, null, 'unauthenticated', 'No hello received.', true), HELLO_TIMEOUT_MS);
    socket.on('message', (data, isBinary) => {
      if (isBinary) return this.fail(conn, null, 'bad_message', 'Frames must be JSON text.', false);
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        return this.fail(conn, null, 'bad_message', 'The frame is not JSON.', false);
      }
      const msg = ZClientMessage.safeParse(parsed);
      if (!msg.success) {
        const id = typeof (parsed as { id?: unknown })?.id === 'string' ? ((parsed as { id: string }).id.slice(0, 64) ?? null) : null;
        return this.fail(
          conn,
          /^[A-Za-z0-9_-]{8,64}$/.test(id ?? '') ? id : null,
          'bad_message',
          'The message does not follow the protocol.',
          conn.role === null,
        );
      }
      if (msg.data.type === 'hello') clearTimeout(helloTimer);
      this.handle(conn, msg.data, viewer).catch((err: unknown) => {
        this.log.error({ err }, 'live message failed');
        this.fail(conn, 'id' in msg.data ? msg.data.id : null, 'unavailable', 'The message could not be handled; send it again.', false);
      });
    });
    socket.on('close', () => {
      clearTimeout(helloTimer);
      this.detach(conn);
    });
    socket.on('error', () => socket.terminate());
  }

  private fail(conn: Conn, id: string | null, code: Extract<TServerMessage, { type: 'error' }>['code'], message: string, fatal: boolean) {
    send(conn.socket, { type: 'error', id, code, message, fatal });
    if (fatal) conn.socket.close(4000 + (code === 'unauthenticated' ? 401 : code === 'forbidden' ? 403 : code === 'not_found' ? 404 : 400));
  }

  private async handle(conn: Conn, msg: TClientMessage, viewer: Viewer | null): Promise<void> {
    if (msg.type === 'ping') return send(conn.socket, { type: 'pong', serverTime: nowIso() });
    if (msg.type === 'hello') return this.hello(conn, msg, viewer);
    if (!conn.session || !conn.participant) return this.fail(conn, msg.id, 'forbidden', 'Only participants send answers.', false);
    const session = conn.session;
    const participant = conn.participant;
    if (session.row.status !== 'running') return this.fail(conn, msg.id, 'workshop_finished', 'The workshop is not running.', false);
    if (msg.type === 'accept_rules') {
      await this.workshops.repo.acceptRules(participant.id, msg.id, nowIso());
      session.accepted.add(participant.id);
      return send(conn.socket, { type: 'ack', id: msg.id, duplicate: false });
    }
    // An answer to a statement of the questionnaire, while the questionnaire step is on.
    if (!session.tally.has(msg.itemId)) return this.fail(conn, msg.id, 'bad_message', `Unknown statement ${msg.itemId}.`, false);
    const step = session.live.current === null ? undefined : session.steps[session.live.current];
    if (step?.kind !== 'questionnaire') return this.fail(conn, msg.id, 'not_now', 'The questionnaire is not open now.', false);
    const fresh = await this.writer.add({
      participantId: participant.id,
      workshopId: session.id,
      clientMsgId: msg.id,
      itemId: msg.itemId,
      value: msg.value,
    });
    if (fresh && session.tally.set(participant.id, msg.itemId, msg.value)) this.markDirty(session);
    send(conn.socket, { type: 'ack', id: msg.id, duplicate: !fresh });
  }

  private async hello(conn: Conn, msg: THello, viewer: Viewer | null): Promise<void> {
    if (conn.role) return this.fail(conn, null, 'bad_message', 'Hello was already sent.', false);
    if (msg.role === 'participant') {
      const participant = await this.workshops.participantByToken(msg.token);
      if (!participant) return this.fail(conn, null, 'unauthenticated', 'Unknown participant token: join again with the code.', true);
      const session = await this.session(participant.workshop_id);
      if (!session) return this.fail(conn, null, 'not_found', 'The workshop no longer exists.', true);
      conn.role = 'participant';
      conn.participant = participant;
      conn.session = session;
      if (participant.accepted_rules_at) session.accepted.add(participant.id);
      session.names.set(participant.id, { displayName: participant.display_name, groupName: participant.group_name });
      let set = session.members.get(participant.id);
      if (!set) session.members.set(participant.id, (set = new Set()));
      set.add(conn);
      void this.workshops.repo.touchParticipant(participant.id, nowIso()).catch(() => undefined);
      return send(conn.socket, this.snapshot(session, conn));
    }
    if (!viewer) return this.fail(conn, null, 'unauthenticated', 'Sign in to open the facilitator or projector view.', true);
    const session = await this.session(msg.workshopId);
    const role = session ? await viewer.roleIn(session.orgId) : undefined;
    if (!session || !role) return this.fail(conn, null, 'not_found', 'No such workshop.', true);
    if (role !== 'admin' && role !== 'facilitator') return this.fail(conn, null, 'forbidden', 'Only facilitators run a workshop.', true);
    conn.role = msg.role;
    conn.session = session;
    session.observers.add(conn);
    send(conn.socket, this.snapshot(session, conn));
  }

  private detach(conn: Conn) {
    const session = conn.session;
    if (!session) return;
    session.observers.delete(conn);
    if (conn.participant) {
      const set = session.members.get(conn.participant.id);
      set?.delete(conn);
      if (set && set.size === 0) session.members.delete(conn.participant.id);
    }
    if (session.observers.size === 0 && session.members.size === 0) {
      // Nobody is connected: forget the session once pending writes are in.
      void this.writer.drain().then(() => {
        if (session.observers.size === 0 && session.members.size === 0) {
          if (session.timer) clearTimeout(session.timer);
          this.sessions.delete(session.id);
        }
      });
    }
  }

  private session(workshopId: string): Promise<Session | null> {
    let pending = this.sessions.get(workshopId);
    if (!pending) {
      pending = this.load(workshopId);
      this.sessions.set(workshopId, pending);
      pending.catch(() => this.sessions.delete(workshopId));
    }
    return pending.then(
      (s) => s,
      () => null,
    );
  }

  private async load(workshopId: string): Promise<Session> {
    const row = await this.workshops.repo.getWorkshopById(workshopId);
    if (!row) throw new Error('not found');
    const instrument = await this.assessments.instrumentByVersion(row.instrument_id, row.instrument_version);
    const tally = new LiveTally(instrument);
    for (const a of await this.workshops.repo.answers(workshopId))
      if (tally.has(a.item_id)) tally.set(a.participant_id, a.item_id, a.value);
    const [steps, counts] = await Promise.all([this.workshops.repo.steps(workshopId), this.workshops.repo.countParticipants([workshopId])]);
    return {
      id: workshopId,
      orgId: row.org_id,
      row,
      steps,
      live: JSON.parse(row.live) as LiveState,
      instrument,
      tally,
      participants: counts.get(workshopId) ?? 0,
      revision: row.revision,
      observers: new Set(),
      members: new Map(),
      accepted: new Set(),
      names: new Map(),
      dirty: false,
      timer: null,
      lastUpdate: 0,
    };
  }

  /** The workshop changed (agenda, timer, reveal, status) or someone joined: bring connections up to date. */
  private async refresh(workshopId: string, what: 'meta' | 'participants'): Promise<void> {
    const pending = this.sessions.get(workshopId);
    if (!pending) return;
    const session = await pending.catch(() => null);
    if (!session) return;
    if (what === 'participants') {
      session.participants = (await this.workshops.repo.countParticipants([workshopId])).get(workshopId) ?? 0;
      return this.markDirty(session);
    }
    const row = await this.workshops.repo.getWorkshopById(workshopId);
    if (!row) return;
    session.row = row;
    session.steps = await this.workshops.repo.steps(workshopId);
    session.live = JSON.parse(row.live) as LiveState;
    session.revision = Math.max(session.revision + 1, row.revision);
    for (const conn of session.observers) send(conn.socket, this.snapshot(session, conn));
    await this.sliced(
      [...session.members.values()].flatMap((s) => [...s]),
      (conn) => send(conn.socket, this.snapshot(session, conn)),
    );
  }

  private async sliced<T>(items: T[], each: (item: T) => void): Promise<void> {
    for (let i = 0; i < items.length; i += SLICE) {
      for (const item of items.slice(i, i + SLICE)) each(item);
      if (i + SLICE < items.length) await new Promise((r) => setImmediate(r));
    }
  }

  private tallyFor(session: Session, role: ConnRole | null): TTally | null {
    if (role === 'facilitator' || (role === 'projector' && session.live.revealed)) return session.tally.snapshot();
    return null;
  }

  private snapshot(session: Session, conn: Conn): TSnapshot {
    const { row, live } = session;
    const step = live.current === null ? undefined : session.steps[live.current];
    const settings = JSON.parse(row.settings) as { answering: 'individual' | 'group' | 'either' };
    const me = conn.participant;
    return {
      type: 'snapshot',
      revision: session.revision,
      serverTime: nowIso(),
      workshop: {
        id: row.id,
        title: row.title,
        status: row.status,
        joinCode: conn.role === 'participant' ? null : row.join_code,
        groundRules: JSON.parse(row.ground_rules) as string[],
        areas: JSON.parse(row.areas) as { id: string; name: string }[],
        answering: settings.answering,
        instrumentId: row.instrument_id,
        instrumentVersion: row.instrument_version,
      },
      step: step
        ? {
            position: step.position,
            count: session.steps.length,
            kind: step.kind,
            title: step.title,
            purpose: step.purpose,
            durationMs: step.duration_minutes * 60_000,
            elapsedMs: step.elapsed_ms,
            runningSince: live.runningSince,
          }
        : null,
      revealed: live.revealed,
      participants: session.participants,
      tally: this.tallyFor(session, conn.role),
      me: me
        ? {
            participantId: me.id,
            displayName: session.names.get(me.id)?.displayName ?? me.display_name,
            groupName: session.names.get(me.id)?.groupName ?? me.group_name,
            acceptedRules: session.accepted.has(me.id),
            answers: session.tally.answersOf(me.id),
          }
        : null,
    };
  }

  /** Coalesces tally and participant updates to at most ten a second. */
  private markDirty(session: Session) {
    session.dirty = true;
    if (session.timer) return;
    const wait = Math.max(0, session.lastUpdate + 1000 / UPDATES_PER_SECOND - Date.now());
    session.timer = setTimeout(() => this.flushUpdates(session), wait);
  }

  private flushUpdates(session: Session) {
    session.timer = null;
    if (!session.dirty || this.closed) return;
    session.dirty = false;
    session.lastUpdate = Date.now();
    session.revision++;
    let full: TTally | null = null;
    for (const conn of session.observers) {
      const tally = this.tallyFor(session, conn.role) ? (full ??= session.tally.snapshot()) : null;
      send(conn.socket, { type: 'delta', revision: session.revision, participants: session.participants, tally });
    }
  }

  /** Waits for pending answers to be written and stops the update timers. */
  async close(): Promise<void> {
    this.closed = true;
    await this.writer.drain();
    for (const pending of this.sessions.values()) {
      const s = await pending.catch(() => null);
      if (s?.timer) clearTimeout(s.timer);
    }
  }
}
