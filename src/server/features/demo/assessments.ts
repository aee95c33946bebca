import { DONT_KNOW, type AnswerValue } from '../../../domain/assessments/scoring.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../services.js';
import { syncInstrumentVersions } from '../assessments/instruments.js';

/** A leadership team large enough that an anonymous round shows its pooled results. */
export const DEMO_TEAM = [
  { email: 'mette@fjordby.dk', name: 'Mette Lund' },
  { email: 'soeren@fjordby.dk', name: 'Søren Bach' },
  { email: 'karin@fjordby.dk', name: 'Karin Østergaard' },
  { email: 'ali@fjordby.dk', name: 'Ali Hassan' },
  { email: 'birgitte@fjordby.dk', name: 'Birgitte Nørgaard' },
] as const;

/** Small deterministic generator, so every fresh demo shows the same figures. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Typical level per area of KL's model for the fictional municipality, a year apart: strategy
 * ahead, anchoring behind; the team disagrees most about technology.
 */
const PROFILES = {
  earlier: { strategi: 3.1, styring: 2.4, forankring: 2.0, teknik: 2.8 },
  latest: { strategi: 3.8, styring: 3.1, forankring: 2.5, teknik: 3.0 },
} as const;
const SPREAD: Record<string, number> = { strategi: 0.6, styring: 0.8, forankring: 0.7, teknik: 1.6 };

const DAY_MS = 24 * 3600 * 1000;
const YEAR_MS = 365 * DAY_MS;

/**
 * Assessment rounds for the demo organisation: last year's and this year's team round of KL's
 * maturity model (closed, with conclusions and an action), and an open round of the four
 * generations that the demo user has not yet answered.
 */
export async function seedDemoAssessments(
  services: Services,
  orgId: string,
  actor: Actor,
  team: { id: string }[],
  unitIds: string[],
): Promise<void> {
  const { assessments } = services;
  await syncInstrumentVersions(services.db.kysely, assessments.registry);
  const kl = assessments.getInstrument('kl-digital-modenhed');
  const base = { instrumentId: kl.id, mode: 'team' as const, anonymous: true, unitId: null };

  for (const [key, title, seed] of [
    ['earlier', 'Ledergruppens modenhedsmåling 2025', 2025],
    ['latest', 'Ledergruppens modenhedsmåling 2026', 2026],
  ] as const) {
    const round = await assessments.createRound(orgId, { ...base, title }, actor);
    const random = generator(seed);
    for (const [i, person] of team.entries()) {
      const answers: Record<string, AnswerValue> = {};
      for (const item of kl.items) {
        if (item.answer.type !== 'agreement') continue;
        const centre = PROFILES[key][item.dimension as keyof (typeof PROFILES)['latest']] ?? 3;
        const value = Math.round(centre + (random() * 2 - 1) * (SPREAD[item.dimension] ?? 1));
        answers[item.id] = i === 2 && item.dimension === 'teknik' && random() < 0.5 ? DONT_KNOW : Math.min(5, Math.max(1, value));
      }
      const unitId = unitIds[i % 2] ?? null;
      await assessments.saveMyResponse(orgId, round.id, person.id, { unitId, answers });
      await assessments.submitMyResponse(orgId, round.id, person.id);
    }
    await assessments.closeRound(orgId, round.id, actor);
    if (key === 'earlier') {
      const closedAt = new Date(Date.now() - YEAR_MS).toISOString();
      const openedAt = new Date(Date.now() - YEAR_MS - 21 * DAY_MS).toISOString();
      await assessments.repo.backdateRound(round.id, openedAt, closedAt);
      continue;
    }
    const results = await assessments.results(orgId, round.id, { userId: actor.userId, role: 'admin' });
    const [first, second] = results.dialogue;
    if (first) {
      await assessments.saveConclusion(
        orgId,
        round.id,
        first.questionId,
        'Vi er enige om, at forankringen halter: de nye løsninger bliver sat i drift, men ingen følger op på, om de bliver brugt. Hver direktør tager det op i sit eget område.',
        actor.userId,
      );
      await assessments.createAction(
        orgId,
        round.id,
        {
          title: 'Fast opfølgning på brugen af nye løsninger i direktionens månedsmøde',
          owner: 'Frederik Holm',
          dueDate: new Date(Date.now() + 60 * DAY_MS).toISOString().slice(0, 10),
          questionId: first.questionId,
        },
        actor.userId,
      );
    }
    if (second) {
      await assessments.saveConclusion(
        orgId,
        round.id,
        second.questionId,
        'Uenigheden om teknik skyldes, at kun to af os kender status på infrastrukturen. Vi beder it-chefen give et overblik på næste møde.',
        actor.userId,
      );
    }
  }

  const generations = assessments.getInstrument('fire-generationer');
  const open = await assessments.createRound(
    orgId,
    {
      instrumentId: generations.id,
      title: 'Hvor er vi på trappen? Fire generationer',
      mode: 'team',
      anonymous: false,
      unitId: null,
      deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    },
    actor,
  );
  const random = generator(4);
  for (const person of team.slice(1, 4)) {
    const answers: Record<string, AnswerValue> = {};
    for (const item of generations.items) {
      if (item.answer.type !== 'level') continue;
      const today = item.id.endsWith('-maal') ? 3 + Math.round(random()) : 1 + Math.round(random() * 2);
      answers[item.id] = today;
    }
    await assessments.saveMyResponse(orgId, open.id, person.id, { answers });
  }
}
