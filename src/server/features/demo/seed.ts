import type { Services } from '../../services.js';

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
 * can log in and look around. A database that has any organisation is left alone.
 */
export async function seedDemo(services: Services): Promise<DemoOutcome> {
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
  for (const name of DEMO_UNITS) await organisations.createUnit(org.id, { name }, actor);
  for (const person of DEMO_PEOPLE) {
    const user = await accounts.createUser({ email: person.email, name: person.name, password: DEMO_LOGIN.password });
    await organisations.invite(org.id, { email: user.email, name: user.name, role: person.role, method: 'link' }, actor);
  }
  const region = await organisations.create({ name: 'Region Vestkyst', type: 'region', municipalityCode: null }, actor, false);
  await organisations.invite(region.id, { email: demo.email, name: demo.name, role: 'facilitator', method: 'link' }, actor);
  await accounts.repo.updateUser(demo.id, { last_org_id: org.id });
  return { created: true, orgId: org.id };
}
