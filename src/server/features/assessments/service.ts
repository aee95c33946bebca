import type { TInstrumentSummary, TMyResponse, TRound, TRoundAction, TRoundResults } from '../../../contracts/assessments.js';
import { ANONYMITY } from '../../../contracts/assessments.js';
import type { FieldMessageKey } from '../../../contracts/errors.js';
import { answerProblem, progress } from '../../../domain/assessments/answers.js';
import { dialogueFor } from '../../../domain/assessments/dialogue.js';
import { scoreGenerations, scoreScaled, type AnswerValue, type Response } from '../../../domain/assessments/scoring.js';
import { ZInstrument, type TInstrument } from '../../../domain/instruments/schema.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { newSecret, sha256 } from '../../lib/secrets.js';
import { nowIso } from '../../lib/time.js';
import { auditRow } from '../audit/service.js';
import { OrganisationsRepository, type Role } from '../organisations/repository.js';
import type { InstrumentRegistry } from './instruments.js';
import { compareRound } from './comparison.js';
import { renderReport } from './report.js';
import { renderWorkbook } from './workbook.js';
import { AssessmentsRepository, type ActionRow, type RoundRow } from './repository.js';
import { parseAnswers, toResponses } from './stored.js';
import { fileStem } from '../../lib/filename.js';

export interface Caller {
  userId: string;
  role: Role;
}

const canFacilitate = (role: Role) => role === 'admin' || role === 'facilitator';

/** Open until closed explicitly or until its deadline has passed. */
export function isOpen(round: RoundRow, now = Date.now()): boolean {
  return round.status === 'open' && (!round.deadline || Date.parse(round.deadline) > now);
}

function presentAction(a: ActionRow): TRoundAction {
  return {
    id: a.id,
    questionId: a.question_id,
    title: a.title,
    owner: a.owner,
    dueDate: a.due_date,
    status: a.status,
    createdAt: a.created_at,
  };
}

export function scoreResponses(instrument: TInstrument, responses: Response[]) {
  return instrument.scoring.method === 'generation' ? scoreGenerations(instrument, responses) : scoreScaled(instrument, responses);
}

export class AssessmentsService {
  readonly repo: AssessmentsRepository;
  private readonly orgs: OrganisationsRepository;
  private readonly versions = new Map<string, TInstrument>();

  constructor(
    db: Db,
    readonly registry: InstrumentRegistry,
    private readonly opts: { publicUrl: string },
  ) {
    this.repo = new AssessmentsRepository(db.kysely, db.dialect);
    this.orgs = new OrganisationsRepository(db.kysely);
  }

  listInstruments(): TInstrumentSummary[] {
    return this.registry.list().map((i) => ({
      id: i.id,
      version: i.version,
      title: i.title,
      description: i.description,
      source: i.source,
      scoring: i.scoring.method,
      dimensions: i.dimensions.length,
      items: i.items.length,
    }));
  }

  getInstrument(id: string): TInstrument {
    const instrument = this.registry.get(id);
    if (!instrument) throw notFound();
    return instrument;
  }

  /** The exact instrument version a round is answered with (kept in the database). */
  instrumentOf(round: RoundRow): Promise<TInstrument> {
    return this.instrumentByVersion(round.instrument_id, round.instrument_version);
  }

  /** One stored version of an instrument. */
  async instrumentByVersion(id: string, version: number): Promise<TInstrument> {
    const key = `${id}@${version}`;
    const cached = this.versions.get(key);
    if (cached) return cached;
    const content = await this.repo.getInstrumentContent(id, version);
    if (!content) throw new Error(`instrument version ${key} is missing`);
    const instrument = ZInstrument.parse(JSON.parse(content));
    this.versions.set(key, instrument);
    return instrument;
  }

  private respondentKey(round: RoundRow, userId: string): string {
    return sha256(`${round.respondent_salt}:${userId}`);
  }

  private async present(
    round: RoundRow,
    userId: string,
    counts?: Map<string, number>,
    mine?: Map<string, { submitted_at: string | null }>,
  ): Promise<TRound> {
    const instrument = await this.instrumentOf(round);
    const respondents = counts ? (counts.get(round.id) ?? 0) : ((await this.repo.countSubmitted([round.id])).get(round.id) ?? 0);
    const own = mine ? mine.get(round.id) : (await this.repo.getResponse(round.id, this.respondentKey(round, userId)))?.response;
    return {
      id: round.id,
      title: round.title,
      instrumentId: round.instrument_id,
      instrumentVersion: round.instrument_version,
      instrumentTitle: instrument.title,
      unitId: round.unit_id,
      mode: round.mode,
      anonymous: round.anonymous === 1,
      status: isOpen(round) ? 'open' : 'closed',
      deadline: round.deadline,
      createdAt: round.created_at,
      closedAt: round.closed_at ?? (round.deadline && !isOpen(round) ? round.deadline : null),
      respondents,
      myStatus: !own ? 'not_started' : own.submitted_at ? 'submitted' : 'in_progress',
      link: `${this.opts.publicUrl}/org/${round.org_id}/vurderinger/${round.id}`,
    };
  }

  async listRounds(orgId: string, userId: string): Promise<TRound[]> {
    const rounds = await this.repo.listRounds(orgId);
    const counts = await this.repo.countSubmitted(rounds.map((r) => r.id));
    const keyToRound = new Map(rounds.map((r) => [this.respondentKey(r, userId), r.id]));
    const own = await this.repo.responsesByKeys([...keyToRound.keys()]);
    const mine = new Map(own.map((r) => [keyToRound.get(r.respondent_key)!, r]));
    return Promise.all(rounds.map((r) => this.present(r, userId, counts, mine)));
  }

  async createRound(
    orgId: string,
    input: {
      instrumentId: string;
      title: string;
      unitId?: string | null | undefined;
      mode: 'individual' | 'team';
      anonymous: boolean;
      deadline?: string | null | undefined;
    },
    actor: Actor,
  ): Promise<TRound> {
    const instrument = this.registry.get(input.instrumentId);
    if (!instrument) throw new AppError('not_found', [{ path: 'instrumentId', message: 'not_found' }]);
    if (input.unitId && !(await this.orgs.getUnit(orgId, input.unitId)))
      throw new AppError('not_found', [{ path: 'unitId', message: 'not_found' }]);
    const deadline = input.deadline ? new Date(input.deadline).toISOString() : null;
    if (deadline && Date.parse(deadline) <= Date.now())
      throw new AppError('deadline_past', [{ path: 'deadline', message: 'deadline_past' }]);
    const row: RoundRow = {
      id: newId(),
      org_id: orgId,
      unit_id: input.unitId ?? null,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      title: input.title,
      mode: input.mode,
      anonymous: input.anonymous ? 1 : 0,
      status: 'open',
      deadline,
      respondent_salt: newSecret(),
      created_by: actor.userId,
      created_at: nowIso(),
      closed_at: null,
    };
    await this.repo.insertRound(
      row,
      auditRow({
        orgId,
        action: 'round.created',
        actor,
        targetType: 'round',
        targetId: row.id,
        details: { title: row.title, instrument: `${instrument.id}@${instrument.version}` },
      }),
    );
    return this.present(row, actor.userId);
  }

  private async round(orgId: string, roundId: string): Promise<RoundRow> {
    const round = await this.repo.getRound(orgId, roundId);
    if (!round) throw notFound();
    return round;
  }

  async getRound(orgId: string, roundId: string, userId: string): Promise<{ round: TRound; instrument: TInstrument }> {
    const round = await this.round(orgId, roundId);
    return { round: await this.present(round, userId), instrument: await this.instrumentOf(round) };
  }

  async closeRound(orgId: string, roundId: string, actor: Actor): Promise<TRound> {
    const round = await this.round(orgId, roundId);
    if (round.status === 'open') {
      const now = nowIso();
      await this.repo.updateRound(
        orgId,
        roundId,
        { status: 'closed', closed_at: now },
        auditRow({ orgId, action: 'round.closed', actor, targetType: 'round', targetId: roundId, details: { title: round.title } }),
      );
      return this.present({ ...round, status: 'closed', closed_at: now }, actor.userId);
    }
    return this.present(round, actor.userId);
  }

  private async myResponse(round: RoundRow, instrument: TInstrument, userId: string): Promise<TMyResponse> {
    const stored = await this.repo.getResponse(round.id, this.respondentKey(round, userId));
    const answers = Object.fromEntries(Object.entries(stored?.answers ?? {}).map(([k, v]) => [k, JSON.parse(v) as AnswerValue]));
    return {
      unitId: stored?.response.unit_id ?? round.unit_id,
      answers,
      comments: stored?.comments ?? {},
      submittedAt: stored?.response.submitted_at ?? null,
      progress: progress(instrument, answers),
    };
  }

  async getMyResponse(orgId: string, roundId: string, userId: string): Promise<TMyResponse> {
    const round = await this.round(orgId, roundId);
    return this.myResponse(round, await this.instrumentOf(round), userId);
  }

  /** Saves answers as they are given; every answer is checked against its item before anything is written. */
  async saveMyResponse(
    orgId: string,
    roundId: string,
    userId: string,
    body: {
      unitId?: string | null | undefined;
      answers?: Record<string, AnswerValue | null> | undefined;
      comments?: Record<string, string | null> | undefined;
    },
  ): Promise<TMyResponse> {
    const round = await this.round(orgId, roundId);
    if (!isOpen(round)) throw new AppError('round_closed');
    const instrument = await this.instrumentOf(round);
    const items = new Map(instrument.items.map((i) => [i.id, i]));
    const dimensions = new Set(instrument.dimensions.map((d) => d.id));
    const fields: { path: string; message: FieldMessageKey }[] = [];
    const answers: Record<string, string | null> = {};
    for (const [itemId, value] of Object.entries(body.answers ?? {})) {
      const item = items.get(itemId);
      const problem = !item ? 'unknown_item' : value === null ? null : answerProblem(item, value);
      if (problem) fields.push({ path: `answers.${itemId}`, message: problem });
      else answers[itemId] = value === null ? null : JSON.stringify(value);
    }
    const comments: Record<string, string | null> = {};
    for (const [dimensionId, text] of Object.entries(body.comments ?? {})) {
      if (!dimensions.has(dimensionId)) fields.push({ path: `comments.${dimensionId}`, message: 'unknown_item' });
      else comments[dimensionId] = text ? text : null;
    }
    if (body.unitId && !round.unit_id && !(await this.orgs.getUnit(orgId, body.unitId)))
      throw new AppError('not_found', [{ path: 'unitId', message: 'not_found' }]);
    if (fields.length) throw new AppError('answer_invalid', fields);
    const saved = await this.repo.saveAnswers({
      round,
      respondentKey: this.respondentKey(round, userId),
      userId: round.anonymous === 1 ? null : userId,
      newResponseId: newId(),
      changes: { answers, comments, ...(body.unitId !== undefined ? { unitId: body.unitId } : {}) },
      now: nowIso(),
    });
    if (saved === 'closed') throw new AppError('round_closed');
    return this.myResponse(round, instrument, userId);
  }

  async submitMyResponse(orgId: string, roundId: string, userId: string): Promise<TMyResponse> {
    const round = await this.round(orgId, roundId);
    if (!isOpen(round)) throw new AppError('round_closed');
    const instrument = await this.instrumentOf(round);
    const stored = await this.repo.getResponse(round.id, this.respondentKey(round, userId));
    const mine = await this.myResponse(round, instrument, userId);
    if (!stored || mine.progress.missing.length > 0) {
      const missing = stored ? mine.progress.missing : instrument.items.filter((i) => i.scored).map((i) => i.id);
      throw new AppError(
        'response_incomplete',
        missing.map((id) => ({ path: `answers.${id}`, message: 'required' })),
      );
    }
    await this.repo.markSubmitted(stored.response.id, nowIso());
    return this.myResponse(round, instrument, userId);
  }

  /**
   * Results of a round. Pooled figures are shown to facilitators at any time and to members
   * once the round has closed; in an anonymous round only from `threshold` respondents.
   */
  async results(orgId: string, roundId: string, caller: Caller): Promise<TRoundResults> {
    const round = await this.round(orgId, roundId);
    const instrument = await this.instrumentOf(round);
    const submitted = await this.repo.submittedAnswers(round.id);
    const responses = toResponses(submitted);
    const mineStored = await this.repo.getResponse(round.id, this.respondentKey(round, caller.userId));
    const mine =
      mineStored && Object.keys(mineStored.answers).length
        ? scoreResponses(instrument, [{ respondentId: 'me', answers: parseAnswers(mineStored.answers) }])
        : null;
    let hiddenBecause: TRoundResults['hiddenBecause'] = null;
    if (!canFacilitate(caller.role) && isOpen(round)) hiddenBecause = 'round_open';
    else if (round.anonymous === 1 && responses.length < ANONYMITY.threshold) hiddenBecause = 'too_few_respondents';
    const pooled = hiddenBecause ? null : scoreResponses(instrument, responses);
    const [conclusions, actions] = await Promise.all([this.repo.listConclusions(round.id), this.repo.listActions(round.id)]);
    return {
      round: await this.present(round, caller.userId),
      threshold: ANONYMITY.threshold,
      pooled,
      hiddenBecause,
      mine,
      dialogue: dialogueFor(instrument, pooled ?? mine),
      conclusions: conclusions.map((c) => ({ questionId: c.question_id, text: c.text, updatedAt: c.updated_at })),
      actions: actions.map(presentAction),
    };
  }

  async compare(orgId: string, roundId: string, caller: Caller) {
    const round = await this.round(orgId, roundId);
    return compareRound(
      { repo: this.repo, orgs: this.orgs, instrumentOf: (r) => this.instrumentOf(r), score: scoreResponses, isOpen: (r) => isOpen(r) },
      round,
      canFacilitate(caller.role),
    );
  }

  /** The round's PDF report in the language asked for; the export is written to the audit log. */
  async report(orgId: string, roundId: string, caller: Caller & { actor: Actor }, lang: 'da' | 'en') {
    const round = await this.round(orgId, roundId);
    const [results, instrument, org] = await Promise.all([
      this.results(orgId, roundId, caller),
      this.instrumentOf(round),
      this.orgs.getOrg(orgId),
    ]);
    const body = await renderReport({ lang, orgName: org?.name ?? '', instrument, results });
    return this.exported(round, caller.actor, 'pdf', lang, body);
  }

  /**
   * Anonymised raw answers and the aggregates as XLSX: no names or ids, shuffled, units only
   * where a unit may be shown; nothing at all below the threshold of an anonymous round.
   */
  async answersWorkbook(orgId: string, roundId: string, caller: Caller & { actor: Actor }, lang: 'da' | 'en') {
    const round = await this.round(orgId, roundId);
    const [results, instrument, comparison] = await Promise.all([
      this.results(orgId, roundId, caller),
      this.instrumentOf(round),
      this.compare(orgId, roundId, caller),
    ]);
    const shownUnits = new Map(comparison.units.shown.map((u) => [u.unitId, u.unitName]));
    const stored = results.pooled ? await this.repo.submittedWithComments(round.id) : [];
    const answers = stored
      .sort((a, b) => a.respondentKey.localeCompare(b.respondentKey))
      .map((r) => ({ unit: r.unitId ? (shownUnits.get(r.unitId) ?? null) : null, values: r.answers, comments: r.comments }));
    const body = await renderWorkbook({ lang, instrument, results, answers });
    return this.exported(round, caller.actor, 'xlsx', lang, body);
  }

  /** Every export is written to the audit log before the file leaves. */
  private async exported(round: RoundRow, actor: Actor, format: 'pdf' | 'xlsx', lang: 'da' | 'en', body: Buffer) {
    await this.repo.recordAudit(
      auditRow({
        orgId: round.org_id,
        action: 'round.exported',
        actor,
        targetType: 'round',
        targetId: round.id,
        details: { title: round.title, format, lang },
      }),
    );
    return { body, filename: `${fileStem(round.title)}.${format}` };
  }

  async saveConclusion(orgId: string, roundId: string, questionId: string, text: string, userId: string) {
    const round = await this.round(orgId, roundId);
    await this.repo.saveConclusion(round.id, questionId, text, userId, nowIso());
    return (await this.repo.listConclusions(round.id)).map((c) => ({ questionId: c.question_id, text: c.text, updatedAt: c.updated_at }));
  }

  async createAction(
    orgId: string,
    roundId: string,
    input: { title: string; owner: string; dueDate?: string | null | undefined; questionId?: string | null | undefined },
    userId: string,
  ): Promise<TRoundAction> {
    const round = await this.round(orgId, roundId);
    const now = nowIso();
    const row: ActionRow = {
      id: newId(),
      round_id: round.id,
      question_id: input.questionId ?? null,
      title: input.title,
      owner: input.owner,
      due_date: input.dueDate ?? null,
      status: 'open',
      created_by: userId,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertAction(row);
    return presentAction(row);
  }

  async updateAction(
    orgId: string,
    roundId: string,
    actionId: string,
    patch: {
      title?: string | undefined;
      owner?: string | undefined;
      dueDate?: string | null | undefined;
      status?: 'open' | 'done' | undefined;
    },
  ): Promise<TRoundAction> {
    const round = await this.round(orgId, roundId);
    if (!(await this.repo.getAction(round.id, actionId))) throw notFound();
    await this.repo.updateAction(round.id, actionId, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.owner !== undefined ? { owner: patch.owner } : {}),
      ...(patch.dueDate !== undefined ? { due_date: patch.dueDate } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      updated_at: nowIso(),
    });
    return presentAction((await this.repo.getAction(round.id, actionId))!);
  }

  async deleteAction(orgId: string, roundId: string, actionId: string): Promise<void> {
    const round = await this.round(orgId, roundId);
    if (!(await this.repo.deleteAction(round.id, actionId))) throw notFound();
  }
}

/** A file name from a title: letters, digits and hyphens (æøå kept; the header also carries UTF-8). */
