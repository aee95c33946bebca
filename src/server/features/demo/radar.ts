import type { Actor } from '../../lib/actor.js';
import { newId } from '../../lib/ids.js';
import type { Services } from '../../services.js';

/** Fictional municipalities that take part in the demo's radar with Fjordby (enough to pass the threshold of five). */
const PARTNERS = [
  'Havbjerg Kommune',
  'Lyngdal Kommune',
  'Skovlund Kommune',
  'Åmark Kommune',
  'Bakkeby Kommune',
  'Vejstrup Kommune',
  'Engholm Kommune',
];

/** Small deterministic generator, so every fresh demo shows the same radar. */
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
 * How far along each catalogue technology typically is: maturity level (1–5) and how likely a
 * municipality is to use it (0–1). Invented for the demo, loosely after the public picture.
 */
const PROFILE: Record<string, { level: number; adoption: number }> = {
  'kunstig-intelligens': { level: 4, adoption: 0.55 },
  'big-data': { level: 4, adoption: 0.45 },
  'fysiske-robotter': { level: 4, adoption: 0.5 },
  droner: { level: 4, adoption: 0.35 },
  'virtual-reality': { level: 4, adoption: 0.4 },
  'augmented-reality': { level: 3, adoption: 0.2 },
  '3d-print': { level: 4, adoption: 0.25 },
  blockchain: { level: 2, adoption: 0.05 },
  chatbots: { level: 5, adoption: 0.7 },
  rpa: { level: 5, adoption: 0.85 },
  apps: { level: 5, adoption: 0.9 },
  'skaerme-og-selvbetjening': { level: 5, adoption: 0.85 },
  'digital-twin': { level: 3, adoption: 0.15 },
  'edge-computing': { level: 3, adoption: 0.1 },
  'virtuelle-digitale-assistenter': { level: 4, adoption: 0.3 },
  cloud: { level: 5, adoption: 0.8 },
  'iot-og-sensorer': { level: 4, adoption: 0.6 },
  'video-og-visuel-kontakt': { level: 5, adoption: 0.9 },
  'autonome-koeretoejer': { level: 2, adoption: 0.05 },
  kvantecomputere: { level: 1, adoption: 0 },
};

/** A spread answer for a municipality whose readiness is `p`. */
function spreadFor(p: number, r: number): string {
  if (r < 0.04) return 'ved-ikke';
  if (r < p * 0.75) return 'i-drift';
  if (r < p) return 'afproeves';
  if (r < p + 0.3) return 'overvejes';
  return 'ikke-overvejet';
}

/**
 * The demo's technology radar: Fjordby coordinates a radar with seven neighbouring municipalities,
 * a closed edition last year and an open one this year, with two respondents' answers per
 * municipality and area, maturity ratings from Fjordby's experts, and one technology Fjordby has
 * placed itself with a note. The demo user has not answered this year's edition, so there is
 * something to try.
 */
export async function seedDemoRadar(
  services: Services,
  orgId: string,
  actor: Actor,
  experts: { id: string }[],
  respondents: { id: string }[],
): Promise<void> {
  const { radar, organisations } = services;
  const db = services.db.kysely;
  // The demo may be seeded before the app has started, so the catalogue may not be in the database yet.
  await radar.ensureCatalogue();
  const partners: string[] = [];
  for (const name of PARTNERS)
    partners.push((await organisations.create({ name, type: 'kommune', municipalityCode: null }, actor, false)).id);
  const catalogue = await radar.repo.catalogueTechnologies();
  const keyOf = new Map(catalogue.map((t) => [t.id, t.catalogue_key ?? '']));
  const random = generator(2026);

  for (const [year, lift] of [
    ['2025', -0.12],
    ['2026', 0],
  ] as const) {
    const edition = await radar.createEdition(orgId, { name: year }, actor);
    await radar.setParticipants(orgId, edition.id, [orgId, ...partners], actor);
    await radar.control(orgId, edition.id, 'open', actor);
    const areas = edition.areas.map((a) => a.id);
    const now = new Date().toISOString();
    for (const org of [orgId, ...partners]) {
      const readiness = (random() - 0.5) * 0.3 + lift;
      for (let k = 0; k < 2; k++) {
        const user = org === orgId ? (respondents[k]?.id ?? null) : null;
        const responseId = newId();
        await db
          .insertInto('radar_responses')
          .values({
            id: responseId,
            edition_id: edition.id,
            org_id: org,
            user_id: user,
            areas: JSON.stringify(areas),
            created_at: now,
            updated_at: now,
          })
          .execute();
        const rows = edition.technologyList.flatMap((t) =>
          areas.map((area) => {
            const p = Math.min(1, Math.max(0, (PROFILE[keyOf.get(t.id) ?? '']?.adoption ?? 0.3) + readiness));
            return {
              response_id: responseId,
              edition_id: edition.id,
              org_id: org,
              technology_id: t.id,
              area_id: area,
              spread: spreadFor(p, random()),
              relevance: Math.min(5, Math.max(1, Math.round(1 + p * 4 + (random() - 0.5) * 2))),
              updated_at: now,
            };
          }),
        );
        if (rows.length) await db.insertInto('radar_answers').values(rows).execute();
      }
    }
    for (const expert of experts) {
      await radar.repo.saveMaturity(
        edition.id,
        expert.id,
        edition.technologyList.map((t) => {
          const level = PROFILE[keyOf.get(t.id) ?? '']?.level ?? 3;
          return { technologyId: t.id, level: Math.min(5, Math.max(1, level - (year === '2025' && random() < 0.3 ? 1 : 0))), note: '' };
        }),
        now,
      );
    }
    if (year === '2025') {
      await radar.control(orgId, edition.id, 'close', actor);
    } else {
      const drones = catalogue.find((t) => t.catalogue_key === 'droner');
      if (drones) {
        await radar.savePlacement(
          orgId,
          edition.id,
          drones.id,
          {
            ring: 'afproev',
            meaning: 'Droner kan give hurtigere tilsyn med vandløb og bygninger i Teknik og Miljø.',
            competences: 'Dronecertifikat, regler for persondata i luftfotos, dataanalyse.',
            nextStep: 'Forsøg med tilsyn af tre vandløb i foråret.',
          },
          actor,
        );
      }
    }
  }
}
