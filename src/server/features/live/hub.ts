import { randomUUID } from 'node:crypto';
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
import { type PictureBoard, type Note, type PicturePhase } from '../../../domain/workshops/picture.js';
import { type PlanBoard, emptyCells, type Cell, type PlanField, type PlanRow } from '../../../domain/workshops/plans.js';
import { ANONYMITY_THRESHOLD } from '../../../domain/anonymity.js';
import { LiveTally } from '../../../domain/workshops/tally.js';
import { newId } from '../../lib/ids.js';
import type { Db } from '../../db/database.js';
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
/** The PostgreSQL notification channel between server processes. */
const FANOUT_CHANNEL = 'pejling_live';
/** Answers per notification: each is ~70 bytes of JSON, a notification holds 8000. */
const ANSWERS_PER_NOTIFY = 90;

interface FanoutMessage {
  /** The sending process. */
  o: string;
  /** The workshop. */
  w: string;
  /** `notes`: a note or dots were added (observers update); `picture`: moderation (everyone resyncs). */
  k: 'answers' | 'meta' | 'participants' | 'picture' | 'notes' | 'plans';
  /** Stored answers: participant, statement, value (null: taken back). */
  a?: [string, string, number | null][];
}

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
  /** Area group of each participant who has chosen one. */
  areaOf: Map<string, string>;
  picture: PictureBoard;
  plans: PlanBoard;
  /** Writes of the picture and the plans, one at a time, so rows are written in the order edits were applied. */
  queue: Promise<unknown>;
  /** Changes of the workshop being applied, one at a time, in order. */
  refreshes: Promise<unknown>;
  dirty: boolean;
  /** What changed since the last update: the common picture, and the plans of which areas. */
  dirtyPicture: boolean;
  dirtyAreas: Set<string>;
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
  /** This process, as the sender of fan-out messages (its own come back and are ignored). */
  private readonly origin = randomUUID();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(
    private readonly workshops: WorkshopsService,
    private readonly assessments: AssessmentsService,
    private readonly log: FastifyBaseLogger,
    private readonly channel: Db['channel'] = null,
  ) {
    this.writer = new GroupCommit(async (batch) => {
      const fresh = await this.workshops.repo.writeAnswers(batch, nowIso());
      const stored = batch.filter((w) => fresh.has(`${w.participantId}:${w.clientMsgId}`));
      this.publishAnswers(stored);
      return batch.map((w) => fresh.has(`${w.participantId}:${w.clientMsgId}`));
    });
    workshops.onChange((id, what) => {
      this.publish({ w: id, k: what });
      void this.refresh(id, what);
    });
  }

  /**
   * With PostgreSQL, processes serving the same workshops tell each other what changed over
   * LISTEN/NOTIFY: stored answers (applied to the tally directly), and that the workshop, its
   * participants, the picture or the plans changed (read again from the database).
   */
  async start(): Promise<void> {
    if (this.channel) this.unlisten = await this.channel.listen(FANOUT_CHANNEL, (payload) => this.onRemote(payload));
  }

  private publish(message: Omit<FanoutMessage, 'o'>) {
    if (!this.channel) return;
    this.channel.notify(FANOUT_CHANNEL, JSON.stringify({ o: this.origin, ...message })).catch((err: unknown) => {
      this.log.warn({ err }, 'live fan-out failed');
    });
  }

  /** Answers go out in chunks that fit a notification (8000 bytes). */
  private publishAnswers(stored: AnswerWrite[]) {
    if (!this.channel || stored.length === 0) return;
    const byWorkshop = new Map<string, [string, string, number | null][]>();
    for (const w of stored) {
      let list = byWorkshop.get(w.workshopId);
      if (!list) byWorkshop.set(w.workshopId, (list = []));
      list.push([w.participantId, w.itemId, w.value]);
    }
    for (const [w, answers] of byWorkshop)
      for (let i = 0; i < answers.length; i += ANSWERS_PER_NOTIFY)
        this.publish({ w, k: 'answers', a: answers.slice(i, i + ANSWERS_PER_NOTIFY) });
  }

  private onRemote(payload: string) {
    let message: FanoutMessage;
    try {
      message = JSON.parse(payload) as FanoutMessage;
    } catch {
      return;
    }
    if (message.o === this.origin) return;
    const pending = this.sessions.get(message.w);
    if (!pending) return;
    void pending
      .then(async (session) => {
        if (message.k === 'answers') {
          let changed = false;
          for (const [participantId, itemId, value] of message.a ?? [])
            if (session.tally.has(itemId)) changed = session.tally.set(participantId, itemId, value) || changed;
          if (changed) this.markDirty(session, {}, false);
        } else if (message.k === 'notes') {
          [session.picture] = await this.loadBoards(session.id);
          this.markDirty(session, { picture: true }, false);
        } else if (message.k === 'plans') {
          [, session.plans] = await this.loadBoards(session.id);
          for (const row of session.plans.rows.values()) session.dirtyAreas.add(row.areaId);
          const participants = await this.workshops.repo.participants(session.id);
          session.areaOf = new Map(participants.filter((p) => p.area_id).map((p) => [p.id, p.area_id!]));
          for (const areaId of session.areaOf.values()) session.dirtyAreas.add(areaId);
          this.markDirty(session, {}, false);
        } else {
          await this.refresh(session.id, message.k);
        }
      })
      .catch((err: unknown) => this.log.warn({ err }, 'live fan-out message failed'));
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
    const step = session.live.current === null ? undefined : session.steps[session.live.current];
    if (msg.type !== 'answer') {
      const run = session.queue.then(() => this.handleWork(conn, session, participant, step, msg));
      session.queue = run.catch(() => undefined);
      return run;
    }
    // An answer to a statement of the questionnaire, while the questionnaire step is on.
    if (!session.tally.has(msg.itemId)) return this.fail(conn, msg.id, 'bad_message', `Unknown statement ${msg.itemId}.`, false);
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

  /** The common picture (notes, dots) and the area work (area, plan rows and fields). */
  private async handleWork(
    conn: Conn,
    session: Session,
    participant: ParticipantRow,
    step: StepRow | undefined,
    msg: Exclude<TClientMessage, { type: 'hello' | 'ping' | 'accept_rules' | 'answer' }>,
  ): Promise<void> {
    const repo = this.workshops.repo;
    const now = nowIso();
    const ack = (extra: { ref?: string; stale?: boolean; duplicate?: boolean } = {}) =>
      send(conn.socket, { type: 'ack', id: msg.id, duplicate: extra.duplicate ?? false, ...extra });
    const phase = session.live.picturePhase ?? 'collect';
    const by = participant.group_name ?? participant.display_name;
    switch (msg.type) {
      case 'note': {
        if (step?.kind !== 'picture' || phase !== 'collect')
          return this.fail(conn, msg.id, 'not_now', 'Notes are collected only at the start of the common picture.', false);
        const note: Note = {
          id: newId(),
          participantId: participant.id,
          category: msg.category,
          text: msg.text,
          hidden: false,
          mergedInto: null,
          selected: null,
        };
        const done = await repo.withReceipt(participant.id, msg.id, now, (trx) =>
          trx
            .insertInto('workshop_notes')
            .values({
              id: note.id,
              workshop_id: session.id,
              participant_id: participant.id,
              category: note.category,
              text: note.text,
              hidden: 0,
              merged_into: null,
              selected_position: null,
              created_at: now,
              updated_at: now,
            })
            .execute(),
        );
        if (!done) return ack({ duplicate: true });
        session.picture.addNote(note);
        this.markDirty(session, { picture: true });
        this.sendPictureTo(session, participant.id);
        return ack({ ref: note.id });
      }
      case 'vote': {
        if (step?.kind !== 'picture' || phase !== 'vote') return this.fail(conn, msg.id, 'not_now', 'Dot voting is not open now.', false);
        if (!session.picture.votable(msg.noteId)) return this.fail(conn, msg.id, 'not_found', 'No such note to vote on.', false);
        const limit = (JSON.parse(session.row.settings) as { dotsPerParticipant: number }).dotsPerParticipant;
        if (!session.picture.withinLimit(participant.id, msg.noteId, msg.dots, limit))
          return this.fail(conn, msg.id, 'over_limit', `You have ${limit} dots in all.`, false);
        const done = await repo.withReceipt(participant.id, msg.id, now, async (trx) => {
          if (msg.dots === 0)
            await trx.deleteFrom('workshop_votes').where('participant_id', '=', participant.id).where('note_id', '=', msg.noteId).execute();
          else
            await trx
              .insertInto('workshop_votes')
              .values({ participant_id: participant.id, note_id: msg.noteId, workshop_id: session.id, dots: msg.dots })
              .onConflict((oc) => oc.columns(['participant_id', 'note_id']).doUpdateSet({ dots: msg.dots }))
              .execute();
        });
        if (!done) return ack({ duplicate: true });
        session.picture.setVote(participant.id, msg.noteId, msg.dots);
        this.markDirty(session, { picture: true });
        this.sendPictureTo(session, participant.id);
        return ack();
      }
      case 'choose_area': {
        const areas = JSON.parse(session.row.areas) as { id: string }[];
        if (!areas.some((a) => a.id === msg.areaId)) return this.fail(conn, msg.id, 'not_found', 'No such area.', false);
        const done = await repo.withReceipt(participant.id, msg.id, now, (trx) =>
          trx.updateTable('workshop_participants').set({ area_id: msg.areaId }).where('id', '=', participant.id).execute(),
        );
        if (!done) return ack({ duplicate: true });
        const previous = session.areaOf.get(participant.id);
        session.areaOf.set(participant.id, msg.areaId);
        this.markDirty(session, { area: msg.areaId });
        // The group left behind sees that it is one fewer.
        if (previous && previous !== msg.areaId) this.markDirty(session, { area: previous });
        this.sendPlansTo(session, participant.id);
        return ack();
      }
      default: {
        if (step?.kind !== 'areas') return this.fail(conn, msg.id, 'not_now', 'The area work is not on now.', false);
        const areaId = session.areaOf.get(participant.id);
        if (!areaId) return this.fail(conn, msg.id, 'not_now', 'Choose your area first.', false);
        if (msg.type === 'plan_add_row') {
          const row: PlanRow = { id: newId(), areaId, position: session.plans.nextPosition(areaId), cells: emptyCells() };
          const done = await repo.withReceipt(participant.id, msg.id, now, (trx) =>
            trx
              .insertInto('workshop_plan_rows')
              .values({
                id: row.id,
                workshop_id: session.id,
                area_id: areaId,
                position: row.position,
                cells: JSON.stringify(row.cells),
                created_at: now,
                updated_at: now,
              })
              .execute(),
          );
          if (!done) return ack({ duplicate: true });
          session.plans.add(row);
          this.markDirty(session, { area: areaId });
          return ack({ ref: row.id });
        }
        const row = session.plans.rows.get(msg.rowId);
        if (!row || row.areaId !== areaId) return this.fail(conn, msg.id, 'not_found', 'No such row in your area’s plan.', false);
        if (msg.type === 'plan_delete_row') {
          const done = await repo.withReceipt(participant.id, msg.id, now, (trx) =>
            trx.deleteFrom('workshop_plan_rows').where('id', '=', row.id).execute(),
          );
          if (!done) return ack({ duplicate: true });
          session.plans.remove(row.id);
          this.markDirty(session, { area: areaId });
          return ack();
        }
        // One field: the row's cells are rewritten from memory, which holds every applied edit in order.
        const before: Cell = row.cells[msg.field];
        let result: { stale: boolean } | null = null;
        const done = await repo
          .withReceipt(participant.id, msg.id, now, async (trx) => {
            result = session.plans.edit(row.id, msg.field as PlanField, msg.value, msg.baseVersion, by, now);
            await trx
              .updateTable('workshop_plan_rows')
              .set({ cells: JSON.stringify(row.cells), updated_at: now })
              .where('id', '=', row.id)
              .execute();
          })
          .catch((err: unknown) => {
            row.cells[msg.field] = before;
            throw err;
          });
        if (!done) return ack({ duplicate: true });
        this.markDirty(session, { area: areaId });
        return ack({ stale: result!.stale });
      }
    }
  }

  private pictureView(session: Session, conn: Conn) {
    if (!this.reached(session, 'picture')) return null;
    const phase: PicturePhase = session.live.picturePhase ?? 'collect';
    const viewer =
      conn.role === 'participant' && conn.participant
        ? { role: 'participant' as const, participantId: conn.participant.id }
        : { role: conn.role === 'projector' ? ('projector' as const) : ('facilitator' as const) };
    return {
      phase,
      dotsPerParticipant: (JSON.parse(session.row.settings) as { dotsPerParticipant: number }).dotsPerParticipant,
      notes: session.picture.view(viewer, phase),
      myDots: conn.participant ? Object.fromEntries(session.picture.dotsOf(conn.participant.id)) : {},
      contributors: conn.role === 'participant' ? 0 : session.picture.contributors(),
    };
  }

  private plansView(session: Session, conn: Conn) {
    if (!this.reached(session, 'areas')) return null;
    const areaId = conn.participant ? (session.areaOf.get(conn.participant.id) ?? null) : null;
    const members: Record<string, number> = {};
    for (const a of session.areaOf.values()) members[a] = (members[a] ?? 0) + 1;
    const rows = conn.role === 'participant' ? (areaId ? session.plans.view(areaId) : []) : session.plans.view(null);
    return { rows, members };
  }

  /** Whether the workshop has come to (or past) the first step of a kind. */
  private reached(session: Session, kind: StepRow['kind']): boolean {
    const first = session.steps.findIndex((s) => s.kind === kind);
    return first >= 0 && session.live.current !== null && session.live.current >= first;
  }

  private sendPictureTo(session: Session, participantId: string) {
    for (const conn of session.members.get(participantId) ?? [])
      send(conn.socket, { type: 'delta', revision: session.revision, picture: this.pictureView(session, conn) });
  }

  private sendPlansTo(session: Session, participantId: string) {
    for (const conn of session.members.get(participantId) ?? [])
      send(conn.socket, { type: 'delta', revision: session.revision, plans: this.plansView(session, conn) });
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
    const repo = this.workshops.repo;
    const [steps, counts, participants] = await Promise.all([
      repo.steps(workshopId),
      repo.countParticipants([workshopId]),
      repo.participants(workshopId),
    ]);
    const [picture, plans] = await this.loadBoards(workshopId);
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
      accepted: new Set(participants.filter((p) => p.accepted_rules_at).map((p) => p.id)),
      names: new Map(),
      areaOf: new Map(participants.filter((p) => p.area_id).map((p) => [p.id, p.area_id!])),
      picture,
      plans,
      queue: Promise.resolve(),
      refreshes: Promise.resolve(),
      dirty: false,
      dirtyPicture: false,
      dirtyAreas: new Set(),
      timer: null,
      lastUpdate: 0,
    };
  }

  private async loadBoards(workshopId: string): Promise<[PictureBoard, PlanBoard]> {
    const { picture, plans } = await this.workshops.boards(workshopId);
    return [picture, plans];
  }

  /** The workshop changed (agenda, timer, reveal, status, the picture's moderation) or someone joined: bring connections up to date. */
  private async refresh(workshopId: string, what: 'meta' | 'participants' | 'picture'): Promise<void> {
    const pending = this.sessions.get(workshopId);
    if (!pending) return;
    const session = await pending.catch(() => null);
    if (!session) return;
    // One refresh at a time, in the order the changes were made: a snapshot never shows an
    // older picture than a change made before it.
    const run = session.refreshes.then(() => this.applyChange(session, what));
    session.refreshes = run.catch(() => undefined);
    return run;
  }

  private async applyChange(session: Session, what: 'meta' | 'participants' | 'picture'): Promise<void> {
    const workshopId = session.id;
    if (what === 'participants') {
      session.participants = (await this.workshops.repo.countParticipants([workshopId])).get(workshopId) ?? 0;
      return this.markDirty(session);
    }
    if (what === 'picture') [session.picture] = await this.loadBoards(workshopId);
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

  /**
   * The tally a connection may see. Below the anonymity threshold of respondents nobody gets the
   * distributions: the facilitator sees only how many have answered, the projector nothing.
   */
  private tallyFor(session: Session, role: ConnRole | null): TTally | null {
    if (role !== 'facilitator' && !(role === 'projector' && session.live.revealed)) return null;
    const tally = session.tally.snapshot();
    if (tally.respondents >= ANONYMITY_THRESHOLD) return tally;
    return role === 'facilitator' ? { ...tally, items: [], dimensions: [] } : null;
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
      picture: this.pictureView(session, conn),
      plans: this.plansView(session, conn),
      me: me
        ? {
            participantId: me.id,
            displayName: session.names.get(me.id)?.displayName ?? me.display_name,
            groupName: session.names.get(me.id)?.groupName ?? me.group_name,
            acceptedRules: session.accepted.has(me.id),
            answers: session.tally.answersOf(me.id),
            areaId: session.areaOf.get(me.id) ?? null,
          }
        : null,
    };
  }

  /** Coalesces tally, participant, picture and plan updates to at most ten a second. */
  private markDirty(session: Session, what: { picture?: boolean; area?: string } = {}, local = true) {
    if (local && what.picture) this.publish({ w: session.id, k: 'notes' });
    if (local && what.area) this.publish({ w: session.id, k: 'plans' });
    session.dirty = true;
    if (what.picture) session.dirtyPicture = true;
    if (what.area) session.dirtyAreas.add(what.area);
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
    const picture = session.dirtyPicture;
    const areas = session.dirtyAreas;
    session.dirtyPicture = false;
    session.dirtyAreas = new Set();
    const tallies = new Map<ConnRole | null, TTally | null>();
    for (const conn of session.observers) {
      if (!tallies.has(conn.role)) tallies.set(conn.role, this.tallyFor(session, conn.role));
      const tally = tallies.get(conn.role)!;
      send(conn.socket, {
        type: 'delta',
        revision: session.revision,
        participants: session.participants,
        tally,
        ...(picture ? { picture: this.pictureView(session, conn) } : {}),
        ...(areas.size ? { plans: this.plansView(session, conn) } : {}),
      });
    }
    // Members of an area group see each other's edits of their plan.
    if (areas.size) for (const [participantId, areaId] of session.areaOf) if (areas.has(areaId)) this.sendPlansTo(session, participantId);
  }

  /** Waits for pending answers to be written and stops the update timers. */
  async close(): Promise<void> {
    this.closed = true;
    await this.writer.drain();
    await this.unlisten?.();
    for (const pending of this.sessions.values()) {
      const s = await pending.catch(() => null);
      if (s?.timer) clearTimeout(s.timer);
    }
  }
}
