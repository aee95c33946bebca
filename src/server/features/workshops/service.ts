import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Lang } from '../../../contracts/errors.js';
import type {
  TActionPlanItem,
  TControl,
  TWorkshop,
  TWorkshopNotes,
  TWorkshopSettings,
  ZCreateWorkshopBody,
  ZUpdateWorkshopBody,
} from '../../../contracts/workshops.js';
import { PictureBoard } from '../../../domain/workshops/picture.js';
import { PlanBoard, emptyCells } from '../../../domain/workshops/plans.js';
import { LiveTally } from '../../../domain/workshops/tally.js';
import { ZWorkshopTemplate, type TWorkshopTemplate } from '../../../domain/workshops/template.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { readContentFiles } from '../../lib/content.js';
import { AppError, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { PROJECT_ROOT } from '../../lib/paths.js';
import { newSecret, sha256 } from '../../lib/secrets.js';
import { nowIso } from '../../lib/time.js';
import { auditRow } from '../audit/service.js';
import type { AssessmentsService } from '../assessments/service.js';
import { OrganisationsRepository } from '../organisations/repository.js';
import { renderMinutes, renderWorkbook } from './minutes.js';
import { WorkshopsRepository, type ParticipantRow, type StepRow, type WorkshopRow } from './repository.js';
import { fileStem } from '../../lib/filename.js';
import { AttemptLimiter } from '../../lib/attempts.js';

export const TEMPLATES_DIR = join(PROJECT_ROOT, 'content', 'workshops');

/** Letters and digits that cannot be mistaken for one another when read from a projector. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

export interface LiveState {
  /** Position of the current step; null before the first. */
  current: number | null;
  /** When the current step's timer was last started; null while paused. */
  runningSince: string | null;
  revealed: boolean;
  /** The phase of the common picture. */
  picturePhase?: 'collect' | 'show' | 'vote' | 'select';
}

const parse = <T>(text: string): T => JSON.parse(text) as T;

/** Told when a workshop changes (`meta`) or someone joins (`participants`), so live connections can be brought up to date. */
export type WorkshopListener = (workshopId: string, what: 'meta' | 'participants' | 'picture') => void;

export class WorkshopsService {
  readonly repo: WorkshopsRepository;
  private readonly orgs: OrganisationsRepository;
  private readonly templates: Map<string, TWorkshopTemplate>;
  private readonly listeners = new Set<WorkshopListener>();
  /** Wrong join codes per client address: 20 in 10 minutes, then joins from there wait. */
  private readonly wrongCodes = new AttemptLimiter(20, 10 * 60_000);

  constructor(
    db: Db,
    private readonly assessments: AssessmentsService,
    private readonly opts: { publicUrl: string },
  ) {
    this.repo = new WorkshopsRepository(db.kysely);
    this.orgs = new OrganisationsRepository(db.kysely);
    this.templates = readContentFiles(TEMPLATES_DIR, ZWorkshopTemplate, 'workshop template');
  }

  onChange(listener: WorkshopListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(workshopId: string, what: 'meta' | 'participants' | 'picture' = 'meta') {
    for (const l of this.listeners) l(workshopId, what);
  }

  template(id: string): TWorkshopTemplate {
    const t = this.templates.get(id);
    if (!t) throw notFound();
    return t;
  }

  private async present(row: WorkshopRow, canFacilitate: boolean, participants?: number): Promise<TWorkshop> {
    const steps = await this.repo.steps(row.id);
    const live = parse<LiveState>(row.live);
    return {
      id: row.id,
      title: row.title,
      templateId: row.template_id,
      instrumentId: row.instrument_id,
      instrumentVersion: row.instrument_version,
      scheduledFor: row.scheduled_for,
      status: row.status,
      joinCode: canFacilitate ? row.join_code : null,
      joinUrl: canFacilitate && row.join_code ? `${this.opts.publicUrl}/deltag/${row.join_code}` : null,
      groundRules: parse<string[]>(row.ground_rules),
      areas: parse<{ id: string; name: string }[]>(row.areas),
      settings: parse<TWorkshopSettings>(row.settings),
      steps: steps.map(presentStep),
      currentStep: live.current,
      participants: participants ?? (await this.repo.countParticipants([row.id])).get(row.id) ?? 0,
      notes: parse<TWorkshopNotes>(row.notes),
      createdAt: row.created_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    };
  }

  async list(orgId: string) {
    const rows = await this.repo.listWorkshops(orgId);
    const counts = await this.repo.countParticipants(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      scheduledFor: r.scheduled_for,
      participants: counts.get(r.id) ?? 0,
      createdAt: r.created_at,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
    }));
  }

  private async workshop(orgId: string, id: string): Promise<WorkshopRow> {
    const row = await this.repo.getWorkshop(orgId, id);
    if (!row) throw notFound();
    return row;
  }

  async get(orgId: string, id: string, canFacilitate: boolean): Promise<TWorkshop> {
    return this.present(await this.workshop(orgId, id), canFacilitate);
  }

  /** A new draft from the template, in the language of the person preparing it; areas default to the organisation's units. */
  async create(orgId: string, body: z.output<typeof ZCreateWorkshopBody>, actor: Actor, lang: Lang): Promise<TWorkshop> {
    const template = this.template(body.templateId);
    const instrument = this.assessments.registry.get(template.instrumentId);
    if (!instrument) throw new Error(`the template ${template.id} names an unknown instrument ${template.instrumentId}`);
    const areaNames = body.areas ?? (await this.orgs.listUnits(orgId)).filter((u) => !u.parent_id).map((u) => u.name);
    const now = nowIso();
    const row: WorkshopRow = {
      id: newId(),
      org_id: orgId,
      template_id: template.id,
      template_version: template.version,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      title: body.title,
      scheduled_for: body.scheduledFor ? new Date(body.scheduledFor).toISOString() : null,
      status: 'draft',
      join_code: null,
      ground_rules: JSON.stringify(template.groundRules.rules.map((r) => r[lang])),
      areas: JSON.stringify(areaNames.map((name) => ({ id: newId(), name }))),
      settings: JSON.stringify({
        answering: 'either',
        dotsPerParticipant: template.picture.dotsPerParticipant,
      } satisfies TWorkshopSettings),
      live: JSON.stringify({ current: null, runningSince: null, revealed: false } satisfies LiveState),
      notes: JSON.stringify({ themes: {}, owners: '', conclusion: '' } satisfies TWorkshopNotes),
      revision: 0,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      started_at: null,
      finished_at: null,
    };
    const steps: StepRow[] = template.steps.map((s, position) => ({
      id: newId(),
      workshop_id: row.id,
      position,
      kind: s.kind,
      title: s.title[lang],
      duration_minutes: s.durationMinutes,
      purpose: [...s.goals.map((g) => `• ${g[lang]}`), s.howTo[lang]].join('\n'),
      started_at: null,
      ended_at: null,
      elapsed_ms: 0,
    }));
    await this.repo.insertWorkshop(
      row,
      steps,
      auditRow({ orgId, action: 'workshop.created', actor, targetType: 'workshop', targetId: row.id, details: { title: row.title } }),
    );
    return this.present(row, true, 0);
  }

  async update(orgId: string, id: string, body: z.output<typeof ZUpdateWorkshopBody>, actor: Actor): Promise<TWorkshop> {
    const row = await this.workshop(orgId, id);
    if (row.status === 'finished') throw new AppError('workshop_finished');
    if (body.steps && row.status !== 'draft') throw new AppError('workshop_not_draft');
    let steps: { keep: StepRow[]; insert: StepRow[] } | undefined;
    if (body.steps) {
      const existing = new Map((await this.repo.steps(id)).map((s) => [s.id, s]));
      const keep: StepRow[] = [];
      const insert: StepRow[] = [];
      body.steps.forEach((s, position) => {
        const fields = { position, kind: s.kind, title: s.title, duration_minutes: s.durationMinutes, purpose: s.purpose };
        const old = s.id ? existing.get(s.id) : undefined;
        if (s.id && !old) throw new AppError('not_found', [{ path: `steps.${position}.id`, message: 'not_found' }]);
        if (old) keep.push({ ...old, ...fields });
        else insert.push({ id: newId(), workshop_id: id, started_at: null, ended_at: null, elapsed_ms: 0, ...fields });
      });
      steps = { keep, insert };
    }
    const areas = body.areas
      ? body.areas.map((a) => {
          const known = parse<{ id: string; name: string }[]>(row.areas).find((x) => x.id === a.id);
          return { id: known ? known.id : newId(), name: a.name };
        })
      : undefined;
    const ok = await this.repo.updateWorkshop(
      id,
      {
        updated_at: nowIso(),
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.scheduledFor !== undefined ? { scheduled_for: body.scheduledFor ? new Date(body.scheduledFor).toISOString() : null } : {}),
        ...(body.groundRules ? { ground_rules: JSON.stringify(body.groundRules) } : {}),
        ...(areas ? { areas: JSON.stringify(areas) } : {}),
        ...(body.settings ? { settings: JSON.stringify(body.settings) } : {}),
        ...(body.notes ? { notes: JSON.stringify(body.notes) } : {}),
      },
      {
        expectStatus: body.steps ? ['draft'] : ['draft', 'running'],
        ...(steps ? { steps } : {}),
        audit: auditRow({
          orgId,
          action: 'workshop.updated',
          actor,
          targetType: 'workshop',
          targetId: id,
          details: { fields: Object.keys(body).join(',') },
        }),
      },
    );
    if (!ok) throw new AppError(body.steps ? 'workshop_not_draft' : 'workshop_finished');
    this.changed(id);
    return this.get(orgId, id, true);
  }

  async remove(orgId: string, id: string, actor: Actor): Promise<void> {
    const row = await this.workshop(orgId, id);
    const ok = await this.repo.deleteWorkshop(
      orgId,
      id,
      auditRow({ orgId, action: 'workshop.deleted', actor, targetType: 'workshop', targetId: id, details: { title: row.title } }),
    );
    if (!ok) throw new AppError('workshop_not_draft');
  }

  private async newJoinCode(): Promise<string> {
    for (;;) {
      const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      if (!(await this.repo.joinCodeTaken(code))) return code;
    }
  }

  /** The facilitator runs the agenda: every change is stored, then live connections are told. */
  async control(orgId: string, id: string, command: TControl, actor: Actor): Promise<TWorkshop> {
    const row = await this.workshop(orgId, id);
    if (row.status === 'finished') throw new AppError('workshop_finished');
    if (command.action !== 'open' && row.status !== 'running') throw new AppError('workshop_not_running');
    const steps = await this.repo.steps(id);
    const live = parse<LiveState>(row.live);
    const now = nowIso();
    const current = live.current === null ? undefined : steps[live.current];
    const stepPatches: { id: string; patch: Partial<StepRow> }[] = [];
    const patch: Partial<WorkshopRow> = { updated_at: now };
    let next: LiveState = { ...live };

    /** Stops the running timer of the current step, adding its run to the step's elapsed time. */
    const stopClock = () => {
      if (current && live.runningSince) {
        stepPatches.push({
          id: current.id,
          patch: { elapsed_ms: current.elapsed_ms + Math.max(0, Date.parse(now) - Date.parse(live.runningSince)), ended_at: now },
        });
      }
      next.runningSince = null;
    };
    const moveTo = (position: number) => {
      if (position < 0 || position >= steps.length) throw new AppError('validation_failed', [{ path: 'position', message: 'not_found' }]);
      stopClock();
      const target = steps[position]!;
      next = { ...live, current: position, runningSince: now, revealed: false };
      stepPatches.push({ id: target.id, patch: { started_at: target.started_at ?? now } });
    };

    switch (command.action) {
      case 'open':
        if (row.status !== 'draft') throw new AppError('workshop_not_draft');
        patch.status = 'running';
        patch.started_at = now;
        patch.join_code = await this.newJoinCode();
        break;
      case 'start':
        if (current === undefined) moveTo(0);
        else if (!live.runningSince) {
          next.runningSince = now;
          stepPatches.push({ id: current.id, patch: { started_at: current.started_at ?? now, ended_at: null } });
        }
        break;
      case 'pause':
        stopClock();
        break;
      case 'next':
        moveTo(live.current === null ? 0 : Math.min(live.current + 1, steps.length - 1));
        break;
      case 'previous':
        moveTo(Math.max((live.current ?? 0) - 1, 0));
        break;
      case 'goto':
        moveTo(command.position);
        break;
      case 'reveal':
        next.revealed = command.revealed;
        break;
      case 'phase':
        next.picturePhase = command.phase;
        break;
      case 'finish':
        stopClock();
        patch.status = 'finished';
        patch.finished_at = now;
        patch.join_code = null;
        break;
    }
    patch.live = JSON.stringify(next);
    const ok = await this.repo.updateWorkshop(id, patch, {
      expectStatus: [row.status],
      stepPatches,
      ...(command.action === 'finish' ? { also: (trx) => this.repo.plansToActions(trx, row, now) } : {}),
      ...(command.action === 'open' || command.action === 'finish'
        ? {
            audit: auditRow({
              orgId,
              action: command.action === 'open' ? 'workshop.opened' : 'workshop.finished',
              actor,
              targetType: 'workshop',
              targetId: id,
              details: { title: row.title },
            }),
          }
        : {}),
    });
    if (!ok) throw new AppError('workshop_finished');
    this.changed(id);
    return this.get(orgId, id, true);
  }

  /** The facilitator edits, hides or merges a note of the common picture. */
  async moderateNote(
    orgId: string,
    id: string,
    noteId: string,
    body: { text?: string | undefined; hidden?: boolean | undefined; mergedInto?: string | null | undefined },
  ): Promise<void> {
    const row = await this.workshop(orgId, id);
    if (row.status === 'finished') throw new AppError('workshop_finished');
    const notes = await this.repo.notes(id);
    if (!notes.some((n) => n.id === noteId)) throw notFound();
    if (body.mergedInto && (body.mergedInto === noteId || !notes.some((n) => n.id === body.mergedInto)))
      throw new AppError('validation_failed', [{ path: 'mergedInto', message: 'not_found' }]);
    await this.repo.updateNote(id, noteId, {
      updated_at: nowIso(),
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.hidden !== undefined ? { hidden: body.hidden ? 1 : 0 } : {}),
      ...(body.mergedInto !== undefined ? { merged_into: body.mergedInto } : {}),
    });
    this.changed(id, 'picture');
  }

  /** The facilitator's decision: the selected strengths, challenges and focus areas, in order. */
  async selectNotes(orgId: string, id: string, body: Record<'strength' | 'challenge' | 'focus', string[]>): Promise<void> {
    const row = await this.workshop(orgId, id);
    if (row.status === 'finished') throw new AppError('workshop_finished');
    const notes = new Map((await this.repo.notes(id)).map((n) => [n.id, n]));
    const fields: { path: string; message: 'not_found' }[] = [];
    for (const category of ['strength', 'challenge', 'focus'] as const)
      body[category].forEach((noteId, i) => {
        const note = notes.get(noteId);
        if (!note || note.category !== category || note.hidden || note.merged_into)
          fields.push({ path: `${category}.${i}`, message: 'not_found' });
      });
    if (fields.length) throw new AppError('validation_failed', fields);
    const ordered = (['strength', 'challenge', 'focus'] as const).flatMap((c) => body[c].map((noteId, position) => ({ noteId, position })));
    await this.repo.setSelection(id, ordered);
    this.changed(id, 'picture');
  }

  /**
   * A participant joins a running workshop with its code; the token (shown once) brings the
   * device back later. An address that tries many wrong codes is stopped for a while.
   */
  async join(
    code: string,
    input: { displayName?: string | null | undefined; groupName?: string | null | undefined },
    client: string | null = null,
  ) {
    if (client && this.wrongCodes.blocked(client)) throw new AppError('rate_limited');
    const row = await this.repo.getByJoinCode(code);
    if (!row || row.status !== 'running') {
      if (client) this.wrongCodes.fail(client);
      throw new AppError('join_code_invalid', [{ path: 'code', message: 'not_found' }]);
    }
    const token = newSecret(24);
    const now = nowIso();
    const participant: ParticipantRow = {
      id: newId(),
      workshop_id: row.id,
      token_hash: sha256(token),
      display_name: input.displayName ?? null,
      group_name: input.groupName ?? null,
      area_id: null,
      accepted_rules_at: null,
      joined_at: now,
      last_seen_at: now,
    };
    await this.repo.insertParticipant(participant);
    this.changed(row.id, 'participants');
    return { token, participantId: participant.id, workshopId: row.id, title: row.title };
  }

  async participantByToken(token: string): Promise<ParticipantRow | undefined> {
    return this.repo.getParticipantByToken(sha256(token));
  }

  /** The common picture and the area plans of a workshop as stored. */
  async boards(workshopId: string): Promise<{ picture: PictureBoard; plans: PlanBoard }> {
    const [notes, votes, rows] = await Promise.all([
      this.repo.notes(workshopId),
      this.repo.votes(workshopId),
      this.repo.planRows(workshopId),
    ]);
    const picture = new PictureBoard(
      notes.map((n) => ({
        id: n.id,
        participantId: n.participant_id,
        category: n.category,
        text: n.text,
        hidden: n.hidden === 1,
        mergedInto: n.merged_into,
        selected: n.selected_position,
      })),
      votes.map((v) => ({ participantId: v.participant_id, noteId: v.note_id, dots: v.dots })),
    );
    const plans = new PlanBoard(
      rows.map((r) => ({
        id: r.id,
        areaId: r.area_id,
        position: r.position,
        cells: { ...emptyCells(), ...(JSON.parse(r.cells) as object) },
      })),
    );
    return { picture, plans };
  }

  /** The minutes (PDF) or the workbook (XLSX) of a workshop; the export is written to the audit log. */
  async export(orgId: string, id: string, format: 'pdf' | 'xlsx', lang: Lang, actor: Actor): Promise<{ body: Buffer; filename: string }> {
    const row = await this.workshop(orgId, id);
    const workshop = await this.present(row, true);
    const instrument = await this.assessments.instrumentByVersion(row.instrument_id, row.instrument_version);
    const tally = new LiveTally(instrument);
    const byParticipant = new Map<string, Record<string, number>>();
    for (const a of await this.repo.answers(id)) {
      if (tally.has(a.item_id)) tally.set(a.participant_id, a.item_id, a.value);
      byParticipant.set(a.participant_id, { ...byParticipant.get(a.participant_id), [a.item_id]: a.value });
    }
    const groups = new Set((await this.repo.participants(id)).filter((p) => p.group_name).map((p) => p.id));
    const answers = shuffle([...byParticipant].map(([p, values]) => ({ group: groups.has(p), values })));
    const { picture, plans } = await this.boards(id);
    const input = {
      lang,
      orgName: (await this.orgs.getOrg(orgId))?.name ?? '',
      workshop,
      template: this.template(row.template_id),
      instrument,
      tally: tally.snapshot(),
      answers,
      notes: [...picture.notes.values()],
      dots: picture.totals(),
      plans: plans.view(null),
    };
    const body = format === 'pdf' ? await renderMinutes(input) : await renderWorkbook(input);
    await this.repo.recordAudit(
      auditRow({ orgId, action: 'workshop.exported', actor, targetType: 'workshop', targetId: id, details: { format, lang } }),
    );
    return { body, filename: `${fileStem(workshop.title)}.${format}` };
  }

  async actionPlans(orgId: string): Promise<TActionPlanItem[]> {
    return (await this.repo.listActionPlanItems(orgId)).map((r) => ({
      id: r.id,
      workshopId: r.workshop_id,
      workshopTitle: r.workshop_title,
      area: r.area,
      focusArea: r.focus_area,
      activity: r.activity,
      resources: r.resources,
      startDate: r.start_date,
      endDate: r.end_date,
      owner: r.owner,
      status: r.status,
      createdAt: r.created_at,
    }));
  }
}

/** A copy in random order (Fisher–Yates), so the order of answers gives nobody away. */
function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function presentStep(s: StepRow) {
  return {
    id: s.id,
    position: s.position,
    kind: s.kind,
    title: s.title,
    durationMinutes: s.duration_minutes,
    purpose: s.purpose,
    startedAt: s.started_at,
    endedAt: s.ended_at,
    elapsedMs: s.elapsed_ms,
  };
}
