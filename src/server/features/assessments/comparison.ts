import type { TRoundComparison } from '../../../contracts/assessments.js';
import { ANONYMITY } from '../../../contracts/assessments.js';
import { suppressPartition } from '../../../domain/anonymity.js';
import type { Response } from '../../../domain/assessments/scoring.js';
import { averageSummaries, summarise } from '../../../domain/assessments/summary.js';
import type { TInstrument } from '../../../domain/instruments/schema.js';
import type { OrganisationsTable } from '../../db/schema.js';
import type { OrganisationsRepository } from '../organisations/repository.js';
import type { AssessmentsRepository, RoundRow, SubmittedResponse } from './repository.js';
import { toResponses } from './stored.js';

const NO_UNIT = '';

export interface ComparisonDeps {
  repo: AssessmentsRepository;
  orgs: OrganisationsRepository;
  instrumentOf: (round: RoundRow) => Promise<TInstrument>;
  score: (instrument: TInstrument, responses: Response[]) => Parameters<typeof summarise>[0];
  isOpen: (round: RoundRow) => boolean;
}

/**
 * Trend, units and benchmark for one round. Every figure comes from at least `threshold`
 * respondents (units, anonymous rounds) or `threshold` other organisations (benchmark), and
 * small units are hidden together with enough others that the total does not give them away.
 */
export async function compareRound(deps: ComparisonDeps, round: RoundRow, canSeeOpen: boolean): Promise<TRoundComparison> {
  const { threshold } = ANONYMITY;
  const instrument = await deps.instrumentOf(round);
  const dimensionIds = instrument.dimensions.map((d) => d.id);

  // Trend: finished rounds of the same instrument (and this one, where the caller may see it).
  const rounds = (await deps.repo.listRoundsOfInstrument(round.org_id, round.instrument_id)).filter(
    (r) => !deps.isOpen(r) || (r.id === round.id && canSeeOpen),
  );
  const answersByRound = await deps.repo.submittedAnswersOf(rounds.map((r) => r.id));
  const trend = await Promise.all(
    rounds.map(async (r) => {
      const submitted = answersByRound.get(r.id) ?? [];
      const hidden = r.anonymous === 1 && submitted.length < threshold;
      const summary = hidden
        ? { overall: null, dimensions: {} }
        : summarise(deps.score(await deps.instrumentOf(r), toResponses(submitted)));
      return {
        roundId: r.id,
        title: r.title,
        date: r.closed_at ?? r.deadline ?? r.created_at,
        respondents: submitted.length,
        hidden,
        ...summary,
      };
    }),
  );

  // Units: the responses of this round, grouped by the unit each respondent named.
  const visible = !deps.isOpen(round) || canSeeOpen;
  const submitted = visible ? (answersByRound.get(round.id) ?? (await deps.repo.submittedAnswers(round.id))) : [];
  const units = await deps.orgs.listUnits(round.org_id);
  const byUnit = new Map<string, SubmittedResponse[]>();
  for (const r of submitted) byUnit.set(r.unitId ?? NO_UNIT, [...(byUnit.get(r.unitId ?? NO_UNIT) ?? []), r]);
  const partition = suppressPartition(
    [...byUnit].map(([key, list]) => ({ key, n: list.length })),
    threshold,
  );
  const named = units.filter((u) => byUnit.has(u.id));
  const unitResults = {
    shown: named
      .filter((u) => partition.shown.has(u.id))
      .map((u) => ({
        unitId: u.id,
        unitName: u.name,
        respondents: byUnit.get(u.id)!.length,
        ...summarise(deps.score(instrument, toResponses(byUnit.get(u.id)!))),
      })),
    hidden: named.filter((u) => !partition.shown.has(u.id)).map((u) => ({ unitId: u.id, unitName: u.name })),
    unassigned: partition.shown.has(NO_UNIT) ? (byUnit.get(NO_UNIT)?.length ?? 0) : 0,
  };

  return { threshold, trend, units: unitResults, benchmark: await benchmark(deps, round, instrument, dimensionIds) };
}

async function benchmark(
  deps: ComparisonDeps,
  round: RoundRow,
  instrument: TInstrument,
  dimensionIds: string[],
): Promise<TRoundComparison['benchmark']> {
  const org = await deps.orgs.getOrg(round.org_id);
  const base = { orgType: org?.type ?? 'andet', sizeBand: org?.size_band ?? null, organisations: null, overall: null, dimensions: {} };
  if (!org || org.benchmark_opt_in !== 1) return { ...base, available: false, reason: 'not_opted_in' };
  if (!org.size_band) return { ...base, available: false, reason: 'no_size_band' };
  const summaries = await peerSummaries(deps, instrument.id, org.type, org.size_band, org.id);
  if (summaries.length < ANONYMITY.threshold) return { ...base, available: false, reason: 'too_few_organisations' };
  return { ...base, available: true, reason: null, organisations: summaries.length, ...averageSummaries(summaries, dimensionIds) };
}

/**
 * One summary per other organisation: its newest finished round of the instrument, counted only
 * when at least `threshold` people answered it. The asking organisation is never part of its own
 * benchmark, so it cannot subtract itself to learn about fewer than `threshold` others.
 */
export async function peerSummaries(
  deps: ComparisonDeps,
  instrumentId: string,
  orgType: OrganisationsTable['type'],
  sizeBand: string,
  excludeOrgId: string,
) {
  const peers = await deps.repo.peerRounds(instrumentId, orgType, sizeBand, excludeOrgId, new Date().toISOString());
  const answers = await deps.repo.submittedAnswersOf(peers.map((r) => r.id));
  const summaries = [];
  for (const r of peers) {
    const submitted = answers.get(r.id) ?? [];
    if (submitted.length < ANONYMITY.threshold) continue;
    summaries.push(summarise(deps.score(await deps.instrumentOf(r), toResponses(submitted))));
  }
  return summaries;
}
