import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createOrgFixture,
  createTestApp,
  loginAs,
  type Caller,
  type OrgFixture,
  type TestApp,
} from '../../../../test/helpers/app.js';
import { pdfText } from '../../../../test/helpers/pdf.js';

const KL = 'kl-digital-modenhed';

describe('comparisons and exports of a round', () => {
  let t: TestApp;
  let org: OrgFixture;
  let admin: Caller;
  let kl: { items: { id: string; dimension: string }[] };
  const actor = () => ({ userId: org.admin.id, email: org.admin.email, ip: null, isPlatformAdmin: false });

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrgFixture(t.services, 'a');
    admin = await loginAs(t.app, org.admin.email);
    kl = t.services.assessments.getInstrument(KL);
  });
  afterEach(async () => t.close());

  /** Respondents are plain ids to the service; each answers every item of a dimension with one value. */
  async function respond(orgId: string, roundId: string, who: string, values: Record<string, number>, unitId?: string) {
    const answers = Object.fromEntries(kl.items.map((i) => [i.id, values[i.dimension] ?? 3]));
    await t.services.assessments.saveMyResponse(orgId, roundId, who, { answers, ...(unitId ? { unitId } : {}) });
    await t.services.assessments.submitMyResponse(orgId, roundId, who);
  }

  async function round(orgId: string, title: string, anonymous = true) {
    return t.services.assessments.createRound(orgId, { instrumentId: KL, title, mode: 'team', anonymous }, actor());
  }

  it('compares units, hiding small ones and enough others that the total gives nothing away', async () => {
    const units = await Promise.all(
      ['Børn', 'Social', 'Teknik'].map((name) => t.services.organisations.createUnit(org.orgId, { name }, actor())),
    );
    const r = await round(org.orgId, 'Enheder');
    const plan = [
      [units[0]!.id, 6, 5],
      [units[1]!.id, 3, 1],
      [units[2]!.id, 7, 4],
    ] as const;
    for (const [unitId, count, v] of plan)
      for (let i = 0; i < count; i++) await respond(org.orgId, r.id, `${unitId}-${i}`, { strategi: v }, unitId);
    const res = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/rounds/${r.id}/compare` });
    expect(res.statusCode).toBe(200);
    const { units: cmp } = res.json();
    // Social (3) is too small; with only one hidden unit the total would give it away, so the next smallest (Børn, 6) is hidden too.
    expect(cmp.shown.map((u: { unitName: string }) => u.unitName)).toEqual(['Teknik']);
    expect(cmp.shown[0]).toMatchObject({ respondents: 7, dimensions: { strategi: 75 } });
    expect(cmp.hidden.map((u: { unitName: string }) => u.unitName).sort()).toEqual(['Børn', 'Social']);
    expect(res.body).not.toContain('"strategi":0');
  });

  it('shows the trend over earlier rounds of the same questionnaire, hiding small anonymous ones', async () => {
    const first = await round(org.orgId, '2024');
    for (let i = 0; i < 5; i++) await respond(org.orgId, first.id, `p${i}`, { strategi: 2, styring: 2, forankring: 2, teknik: 2 });
    await t.services.assessments.closeRound(org.orgId, first.id, actor());
    const small = await round(org.orgId, '2025');
    for (let i = 0; i < 3; i++) await respond(org.orgId, small.id, `q${i}`, { strategi: 5 });
    await t.services.assessments.closeRound(org.orgId, small.id, actor());
    const now = await round(org.orgId, '2026');
    for (let i = 0; i < 5; i++) await respond(org.orgId, now.id, `r${i}`, { strategi: 4, styring: 4, forankring: 4, teknik: 4 });
    const { trend } = (await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/rounds/${now.id}/compare` })).json();
    expect(trend.map((x: { title: string; hidden: boolean; overall: number | null }) => [x.title, x.hidden, x.overall])).toEqual([
      ['2024', false, 25],
      ['2025', true, null],
      ['2026', false, 75],
    ]);
  });

  it('benchmarks against at least five other organisations of the same type and size, never itself', async () => {
    const r = await round(org.orgId, 'Benchmark');
    for (let i = 0; i < 5; i++) await respond(org.orgId, r.id, `own${i}`, { strategi: 5, styring: 5, forankring: 5, teknik: 5 });
    const url = `/api/orgs/${org.orgId}/rounds/${r.id}/compare`;
    expect((await call(t.app, admin, { method: 'GET', url })).json().benchmark).toMatchObject({
      available: false,
      reason: 'not_opted_in',
      overall: null,
    });
    await call(t.app, admin, { method: 'PATCH', url: `/api/orgs/${org.orgId}`, payload: { benchmarkOptIn: true } });
    expect((await call(t.app, admin, { method: 'GET', url })).json().benchmark.reason).toBe('no_size_band');
    await call(t.app, admin, { method: 'PATCH', url: `/api/orgs/${org.orgId}`, payload: { sizeBand: '1000-4999' } });

    // Peers: value v for every item gives (v − 1) × 25 in every dimension.
    const peerValues = [1, 2, 3, 4, 5, 2];
    for (const [k, v] of peerValues.entries()) {
      const peer = await createOrgFixture(t.services, `peer${k}`);
      const inBand = k !== 5; // the sixth has another size band and must not count
      await t.services.organisations.update(
        peer.orgId,
        { benchmarkOptIn: true, sizeBand: inBand ? '1000-4999' : '5000-9999' },
        { userId: peer.admin.id, email: peer.admin.email, ip: null, isPlatformAdmin: false },
        'admin',
      );
      const pr = await t.services.assessments.createRound(
        peer.orgId,
        { instrumentId: KL, title: 'Peer', mode: 'team', anonymous: true },
        { userId: peer.admin.id, email: peer.admin.email, ip: null, isPlatformAdmin: false },
      );
      for (let i = 0; i < 5; i++) await respond(peer.orgId, pr.id, `${k}-${i}`, { strategi: v, styring: v, forankring: v, teknik: v });
      if (k < 4 || k === 5)
        await t.services.assessments.closeRound(peer.orgId, pr.id, {
          userId: peer.admin.id,
          email: peer.admin.email,
          ip: null,
          isPlatformAdmin: false,
        });
      if (k === 3) {
        const tooFew = await createOrgFixture(t.services, 'small');
        await t.services.organisations.update(
          tooFew.orgId,
          { benchmarkOptIn: true, sizeBand: '1000-4999' },
          { userId: tooFew.admin.id, email: tooFew.admin.email, ip: null, isPlatformAdmin: false },
          'admin',
        );
        const sr = await t.services.assessments.createRound(
          tooFew.orgId,
          { instrumentId: KL, title: 'Small', mode: 'team', anonymous: true },
          { userId: tooFew.admin.id, email: tooFew.admin.email, ip: null, isPlatformAdmin: false },
        );
        for (let i = 0; i < 4; i++) await respond(tooFew.orgId, sr.id, `s${i}`, { strategi: 1 });
        await t.services.assessments.closeRound(tooFew.orgId, sr.id, {
          userId: tooFew.admin.id,
          email: tooFew.admin.email,
          ip: null,
          isPlatformAdmin: false,
        });
      }
    }
    // Four finished peers in the band (the fifth's round is still open; the small one has 4 respondents): nothing shown.
    const four = (await call(t.app, admin, { method: 'GET', url })).json().benchmark;
    expect(four).toMatchObject({ available: false, reason: 'too_few_organisations', organisations: null, overall: null, dimensions: {} });

    const fifth = (await t.services.organisations.listAll()).find((o) => o.name === 'Org peer4')!;
    const fifthRound = (await t.services.assessments.listRounds(fifth.id, 'x'))[0]!;
    await t.services.assessments.closeRound(fifth.id, fifthRound.id, actor());
    const five = (await call(t.app, admin, { method: 'GET', url })).json().benchmark;
    expect(five).toMatchObject({ available: true, organisations: 5, orgType: 'kommune', sizeBand: '1000-4999' });
    // Peers answered 1..5: scores 0, 25, 50, 75, 100 → mean 50; our own 100 is not part of it.
    expect(five.overall).toBe(50);
    expect(five.dimensions.strategi).toBe(50);
  });

  it('writes a PDF report with the round’s numbers, in Danish and in English, and logs the export', async () => {
    const r = await round(org.orgId, 'Modenhed 2026');
    const plan = [5, 5, 3, 3, 1, 2];
    for (const [i, v] of plan.entries()) await respond(org.orgId, r.id, `p${i}`, { strategi: v, styring: 4, forankring: 3, teknik: 2 });
    await t.services.assessments.saveConclusion(org.orgId, r.id, 'strategi-samme-svar', 'Fortællingen mangler.', org.admin.id);
    await t.services.assessments.createAction(
      org.orgId,
      r.id,
      { title: 'Skriv fortællingen', owner: 'Direktionen', dueDate: '2027-02-01' },
      org.admin.id,
    );
    const res = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/rounds/${r.id}/report.pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Modenhed-2026.pdf');
    const text = (await pdfText(res.rawPayload)).join('\n');
    // strategi: (100+100+50+50+0+25)/6 = 54,2; styring 75; forankring 50; teknik 25; overall (54.17+75+50+25)/4 = 51,0
    expect(text).toContain('Modenhed 2026');
    expect(text).toContain('54,2');
    expect(text).toContain('75,0');
    expect(text).toContain('51,0');
    expect(text).toContain('Ledelse i en digital tid');
    expect(text).toContain('Fortællingen mangler.');
    expect(text).toContain('Skriv fortællingen');
    const en = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/rounds/${r.id}/report.pdf?lang=en` });
    const enText = (await pdfText(en.rawPayload)).join('\n');
    expect(enText).toContain('54.2');
    expect(enText).toContain('Results per area');
    const log = await t.services.audit.list(org.orgId, { limit: 5, action: 'round.exported' });
    expect(log.events.map((e) => e.details.format)).toEqual(['pdf', 'pdf']);
  });

  it('writes anonymised raw answers and aggregates to Excel, and nothing below the threshold', async () => {
    const r = await round(org.orgId, 'Excel');
    for (let i = 0; i < 5; i++) await respond(org.orgId, r.id, `p${i}`, { strategi: i + 1 });
    const res = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/rounds/${r.id}/answers.xlsx` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om runden', 'Svar', 'Kommentarer', 'Områder', 'Udsagn']);
    const answers = wb.getWorksheet('Svar')!;
    expect(answers.rowCount).toBe(2 + 5);
    const strategiColumn = answers.getRow(1).values as unknown[];
    const col = strategiColumn.indexOf('strategi-faelles-fortaelling');
    const values = [3, 4, 5, 6, 7].map((row) => answers.getRow(row).getCell(col).value).sort();
    expect(values).toEqual([1, 2, 3, 4, 5]);
    const areas = wb.getWorksheet('Områder')!;
    expect(areas.getRow(2).values).toEqual([undefined, 'Strategi', 50, 50, expect.any(Number), 0, 100, 5, 'Etableret']);
    // No person or key behind a response is in the workbook.
    const cells: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    expect(cells.filter((c) => /^p\d$/.test(c) || /^[0-9a-f]{64}$/.test(c) || c.includes('@'))).toEqual([]);

    const small = await round(org.orgId, 'Lille');
    for (let i = 0; i < 4; i++) await respond(org.orgId, small.id, `s${i}`, { strategi: 1 });
    const hidden = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/rounds/${small.id}/answers.xlsx` });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(hidden.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Om runden']);
  });
});
