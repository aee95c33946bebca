import type { Services } from '../../services.js';
import { DEMO_TEAM, seedDemoAssessments } from './assessments.js';
import { seedDemoRadar } from './radar.js';

export const DEMO_LOGIN = { email: 'demo@fjordby.dk', password: 'pejling-demo' } as const;

const DEMO_UNITS = ['Børn og Unge', 'Social og Sundhed', 'Arbejdsmarked og Erhverv', 'Teknik og Miljø', 'Økonomi og Administration'];

const DEMO_PEOPLE = [
  { email: 'frederik@fjordby.dk', name: 'Frederik Holm', role: 'facilitator' as const },
  { email: 'aisha@fjordby.dk', name: 'Aisha Rahimi', role: 'member' as const },
  { email: 'jens@fjordby.dk', name: 'Jens Kjær', role: 'member' as const },
];

export interface DemoOutcome {
  created: boolean;
  orgId: string | null;
}

/**
 * Fills an empty database with a fictional municipality, its units and people, so a newcomer
 * can log in and look around; with `rounds` (the default) also assessment rounds to read and
 * one to answer, and a technology radar shared with seven neighbouring municipalities. A database that has any organisation is left alone.
 */
export async function seedDemo(services: Services, opts: { rounds?: boolean } = {}): Promise<DemoOutcome> {
  const { accounts, organisations } = services;
  if ((await organisations.repo.listAllOrgs()).length > 0) return { created: false, orgId: null };

  const demo = await accounts.createUser({
    email: DEMO_LOGIN.email,
    name: 'Dorthe Demo',
    password: DEMO_LOGIN.password,
    isPlatformAdmin: true,
  });
  const actor = { userId: demo.id, email: demo.email, ip: null, isPlatformAdmin: true };
  const org = await organisations.create({ name: 'Fjordby Kommune', type: 'kommune', municipalityCode: null }, actor, true);
  const units = [];
  for (const name of DEMO_UNITS) units.push(await organisations.createUnit(org.id, { name }, actor));
  const people = [...DEMO_PEOPLE, ...(opts.rounds === false ? [] : DEMO_TEAM.map((p) => ({ ...p, role: 'member' as const })))];
  const team = [demo];
  for (const person of people) {
    const user = await accounts.createUser({ email: person.email, name: person.name, password: DEMO_LOGIN.password });
    await organisations.invite(org.id, { email: user.email, name: user.name, role: person.role, method: 'link' }, actor);
    team.push(user);
  }
  const region = await organisations.create({ name: 'Region Vestkyst', type: 'region', municipalityCode: null }, actor, false);
  await organisations.invite(region.id, { email: demo.email, name: demo.name, role: 'facilitator', method: 'link' }, actor);
  await accounts.repo.updateUser(demo.id, { last_org_id: org.id });
  if (opts.rounds !== false) {
    await seedDemoAssessments(
      services,
      org.id,
      actor,
      team,
      units.map((u) => u.id),
    );
    // Experts: the demo user and the facilitator; respondents for Fjordby: Aisha and Jens.
    await seedDemoRadar(services, org.id, actor, team.slice(0, 2), team.slice(2, 4));
  }
  return { created: true, orgId: org.id };
}
