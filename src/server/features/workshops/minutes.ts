import ExcelJS from 'exceljs';
import type { Content } from 'pdfmake/interfaces.js';
import type { Lang } from '../../../contracts/errors.js';
import type { TWorkshop } from '../../../contracts/workshops.js';
import { horizontalBars } from '../../../domain/charts/svg.js';
import type { TInstrument } from '../../../domain/instruments/schema.js';
import type { Note, NoteCategory } from '../../../domain/workshops/picture.js';
import type { PlanRow } from '../../../domain/workshops/plans.js';
import type { TallySnapshot } from '../../../domain/workshops/tally.js';
import type { TWorkshopTemplate } from '../../../domain/workshops/template.js';
import { formatDate, formatNumber, renderPdf } from '../../lib/pdf.js';

/** Everything of a workshop the minutes and the workbook are made from. */
export interface MinutesInput {
  lang: Lang;
  orgName: string;
  workshop: TWorkshop;
  template: TWorkshopTemplate;
  instrument: TInstrument;
  tally: TallySnapshot;
  /** Anonymised answers: one map of statement → value per respondent, in random order, groups marked. */
  answers: { group: boolean; values: Record<string, number> }[];
  notes: Note[];
  dots: Map<string, number>;
  plans: PlanRow[];
}

const LABELS = {
  da: {
    minutes: 'Referat',
    organisation: 'Organisation',
    template: 'Forløb',
    source: 'Kilde',
    held: 'Afholdt',
    participants: 'Deltagere (personer og grupper)',
    printed: 'Udskrevet',
    agendaHeading: 'Dagsordenen, som den blev gennemført',
    step: 'Punkt',
    planned: 'Planlagt',
    actual: 'Brugt',
    min: 'min.',
    started: 'Start',
    notRun: 'Ikke gennemført',
    rulesHeading: 'Spilleregler',
    statusHeading: 'Ledelsesmæssig status',
    statusText: 'Svar fra {n} deltagere eller grupper (1 = meget uenig, 5 = meget enig).',
    area: 'Område',
    statement: 'Udsagn',
    mean: 'Gennemsnit',
    n: 'Antal',
    distribution: 'Fordeling 1–5',
    chartNote: 'Diagrammet viser gennemsnittet pr. område; tabellen har de samme tal.',
    pictureHeading: 'Det fælles billede',
    selected: 'Ledelsens valg',
    allNotes: 'Alle bidrag',
    dots: 'Prikker',
    noNotes: 'Ingen bidrag.',
    plansHeading: 'Indsatsplaner pr. område',
    noPlans: 'Ingen planer.',
    focusArea: 'Indsatsområde',
    activity: 'Aktivitet',
    resources: 'Ressourcer',
    period: 'Start – slut',
    responsible: 'Ansvarlig',
    notesHeading: 'De fælles planer og konklusionen',
    owners: 'Nøgleansvarlige',
    conclusion: 'Konklusion og næste skridt',
    none: '–',
    workbook: { about: 'Om workshoppen', plans: 'Indsatsplaner', tally: 'Optælling', answers: 'Svar', picture: 'Fælles billede' },
    respondent: 'Besvarelse',
    group: 'Gruppe',
    yes: 'Ja',
    no: 'Nej',
    anonymity: 'Svarene er anonyme: ingen navne eller id’er, og rækkefølgen er blandet.',
    category: 'Kategori',
    text: 'Tekst',
    selectedPosition: 'Valgt som nr.',
  },
  en: {
    minutes: 'Minutes',
    organisation: 'Organisation',
    template: 'Format',
    source: 'Source',
    held: 'Held',
    participants: 'Participants (people and groups)',
    printed: 'Printed',
    agendaHeading: 'The agenda as run',
    step: 'Item',
    planned: 'Planned',
    actual: 'Used',
    min: 'min',
    started: 'Start',
    notRun: 'Not run',
    rulesHeading: 'Ground rules',
    statusHeading: 'Leadership status',
    statusText: 'Answers from {n} participants or groups (1 = strongly disagree, 5 = strongly agree).',
    area: 'Area',
    statement: 'Statement',
    mean: 'Mean',
    n: 'Count',
    distribution: 'Distribution 1–5',
    chartNote: 'The chart shows the mean per area; the table has the same numbers.',
    pictureHeading: 'The common picture',
    selected: 'The leadership’s selection',
    allNotes: 'All contributions',
    dots: 'Dots',
    noNotes: 'No contributions.',
    plansHeading: 'Action plans per area',
    noPlans: 'No plans.',
    focusArea: 'Focus area',
    activity: 'Activity',
    resources: 'Resources',
    period: 'Start – end',
    responsible: 'Responsible',
    notesHeading: 'The common plans and the conclusion',
    owners: 'Key owners',
    conclusion: 'Conclusion and next steps',
    none: '–',
    workbook: { about: 'About the workshop', plans: 'Action plans', tally: 'Tally', answers: 'Answers', picture: 'Common picture' },
    respondent: 'Response',
    group: 'Group',
    yes: 'Yes',
    no: 'No',
    anonymity: 'The answers are anonymous: no names or ids, and the order is shuffled.',
    category: 'Category',
    text: 'Text',
    selectedPosition: 'Selected as no.',
  },
} as const;

const CATEGORIES: NoteCategory[] = ['strength', 'challenge', 'focus'];

function visibleNotes(input: MinutesInput) {
  return input.notes.filter((n) => !n.hidden && !n.mergedInto);
}

function categoryLabel(input: MinutesInput, c: NoteCategory) {
  return input.template.picture.categories.find((x) => x.id === c)!.label[input.lang];
}

function areaName(input: MinutesInput, id: string) {
  return input.workshop.areas.find((a) => a.id === id)?.name ?? '';
}

const minutesOf = (ms: number) => Math.round(ms / 60_000);

/**
 * The minutes of a workshop: the agenda as run with actual times, the ground rules, the
 * questionnaire's tally, the common picture with the leadership's selection, every area's plan,
 * and the notes of the common plans. Every text participants wrote is set as plain text.
 */
export async function renderMinutes(input: MinutesInput): Promise<Buffer> {
  const { lang, workshop, instrument, tally } = input;
  const L = LABELS[lang];
  const n = (v: number | null, d = 1) => formatNumber(v, lang, d);
  const dimTitle = (id: string) => instrument.dimensions.find((d) => d.id === id)?.title[lang] ?? id;
  const itemText = (id: string) => instrument.items.find((i) => i.id === id)?.text[lang] ?? id;

  const content: Content[] = [
    { text: `Pejling · ${L.minutes}`, style: 'kicker' },
    { text: workshop.title, style: 'title' },
    {
      table: {
        widths: [150, '*'],
        body: [
          [L.organisation, input.orgName],
          [L.template, input.template.title[lang]],
          [L.source, `»${input.template.source.title}«, ${input.template.source.publisher} (${input.template.source.year})`],
          [L.held, workshop.startedAt ? formatDate(workshop.startedAt, lang, true) : L.none],
          [L.participants, String(workshop.participants)],
          [L.printed, formatDate(new Date().toISOString(), lang, true)],
        ],
      },
      layout: 'noBorders',
      margin: [0, 6, 0, 12],
    },
    { text: L.agendaHeading, style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: [18, '*', 55, 80, 50],
        body: [
          ['', L.step, L.planned, L.actual, L.started].map((h) => ({ text: h, style: 'th' })),
          ...workshop.steps.map((s, i) => [
            String(i + 1),
            s.title,
            `${s.durationMinutes} ${L.min}`,
            s.startedAt ? `${minutesOf(s.elapsedMs)} ${L.min}` : L.notRun,
            s.startedAt
              ? new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(
                  new Date(s.startedAt),
                )
              : L.none,
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: L.rulesHeading, style: 'h2' },
    { ol: workshop.groundRules.map((r) => ({ text: r })) },
    { text: L.statusHeading, style: 'h2' },
    { text: L.statusText.replace('{n}', String(tally.respondents)), style: 'muted' },
    {
      svg: horizontalBars(
        tally.dimensions.map((d) => ({ label: dimTitle(d.dimensionId), value: d.mean })),
        { min: 1, max: 5, width: 480, decimalComma: lang === 'da' },
      ),
      width: 480,
    },
    { text: L.chartNote, style: 'muted' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 40],
        body: [
          [L.area, L.mean, L.n].map((h) => ({ text: h, style: 'th' })),
          ...tally.dimensions.map((d) => [dimTitle(d.dimensionId), n(d.mean), String(d.n)]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 90, 62, 36],
        body: [
          [L.statement, L.distribution, L.mean, L.n].map((h) => ({ text: h, style: 'th' })),
          ...tally.items.map((i) => [itemText(i.itemId), i.counts.join(' · '), n(i.mean), String(i.n)]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: L.pictureHeading, style: 'h2' },
  ];

  const notes = visibleNotes(input);
  if (notes.length === 0) content.push({ text: L.noNotes, style: 'muted' });
  for (const c of CATEGORIES) {
    const mine = notes.filter((x) => x.category === c);
    if (mine.length === 0) continue;
    const chosen = mine.filter((x) => x.selected !== null).sort((a, b) => a.selected! - b.selected!);
    content.push({ text: categoryLabel(input, c), style: 'h3' });
    if (chosen.length) {
      content.push({ text: L.selected, bold: true, margin: [0, 2, 0, 2] });
      content.push({ ol: chosen.map((x) => ({ text: x.text })) });
    }
    content.push({ text: L.allNotes, bold: true, margin: [0, 6, 0, 2] });
    content.push({
      table: {
        headerRows: 1,
        widths: ['*', 40],
        body: [
          [L.text, L.dots].map((h) => ({ text: h, style: 'th' })),
          ...[...mine]
            .sort((a, b) => (input.dots.get(b.id) ?? 0) - (input.dots.get(a.id) ?? 0))
            .map((x) => [{ text: x.text }, String(input.dots.get(x.id) ?? 0)]),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }

  content.push({ text: L.plansHeading, style: 'h2' });
  const plans = input.plans;
  if (plans.length === 0) content.push({ text: L.noPlans, style: 'muted' });
  for (const area of workshop.areas) {
    const rows = plans.filter((r) => r.areaId === area.id);
    if (rows.length === 0) continue;
    content.push({ text: area.name, style: 'h3' });
    content.push({
      table: {
        headerRows: 1,
        // Shared out evenly, so long words (titles, names) fit on one line; the dates take what they need.
        widths: ['*', '*', '*', 64, '*'],
        body: [
          [L.focusArea, L.activity, L.resources, L.period, L.responsible].map((h) => ({ text: h, style: 'th' })),
          ...rows.map((r) => [
            { text: r.cells.focusArea.value },
            { text: r.cells.activity.value },
            { text: r.cells.resources.value },
            { text: [r.cells.start.value, r.cells.end.value].filter(Boolean).join(' – ') || L.none },
            { text: r.cells.responsible.value },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }

  const themes = input.template.planThemes.filter((t) => workshop.notes.themes[t.id]);
  if (themes.length || workshop.notes.owners || workshop.notes.conclusion) {
    content.push({ text: L.notesHeading, style: 'h2' });
    for (const t of themes) {
      content.push({ text: t.label[lang], style: 'h3' });
      content.push({ text: workshop.notes.themes[t.id]! });
    }
    if (workshop.notes.owners) content.push({ text: L.owners, style: 'h3' }, { text: workshop.notes.owners });
    if (workshop.notes.conclusion) content.push({ text: L.conclusion, style: 'h3' }, { text: workshop.notes.conclusion });
  }

  return renderPdf({ lang, title: workshop.title, author: input.orgName, subject: input.template.title[lang], content });
}

/** The plans, the tally, the anonymised answers and the common picture as an Excel workbook. */
export async function renderWorkbook(input: MinutesInput): Promise<Buffer> {
  const { lang, workshop, instrument, tally } = input;
  const L = LABELS[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'Pejling';
  book.created = new Date();
  const sheet = (name: string, columns: { header: string; width: number }[]) => {
    const s = book.addWorksheet(name);
    s.columns = columns.map((c) => ({ header: c.header, width: c.width }));
    s.getRow(1).font = { bold: true };
    s.views = [{ state: 'frozen', ySplit: 1 }];
    return s;
  };

  const about = sheet(L.workbook.about, [
    { header: '', width: 34 },
    { header: '', width: 80 },
  ]);
  about.spliceRows(1, 1);
  about.addRows([
    [L.minutes, workshop.title],
    [L.organisation, input.orgName],
    [L.template, input.template.title[lang]],
    [L.source, `${input.template.source.title}, ${input.template.source.publisher} (${input.template.source.year})`],
    [L.held, workshop.startedAt ?? ''],
    [L.participants, workshop.participants],
    ['', L.anonymity],
  ]);

  const plans = sheet(L.workbook.plans, [
    { header: L.area, width: 24 },
    { header: L.focusArea, width: 30 },
    { header: L.activity, width: 44 },
    { header: L.resources, width: 24 },
    { header: `${L.started}`, width: 12 },
    { header: L.period.split('–')[1]!.trim(), width: 12 },
    { header: L.responsible, width: 22 },
  ]);
  for (const r of input.plans)
    plans.addRow([
      areaName(input, r.areaId),
      r.cells.focusArea.value,
      r.cells.activity.value,
      r.cells.resources.value,
      r.cells.start.value,
      r.cells.end.value,
      r.cells.responsible.value,
    ]);

  const counts = sheet(L.workbook.tally, [
    { header: L.area, width: 34 },
    { header: L.statement, width: 70 },
    { header: '1', width: 6 },
    { header: '2', width: 6 },
    { header: '3', width: 6 },
    { header: '4', width: 6 },
    { header: '5', width: 6 },
    { header: L.n, width: 8 },
    { header: L.mean, width: 10 },
  ]);
  for (const i of tally.items) {
    const item = instrument.items.find((x) => x.id === i.itemId);
    const dim = instrument.dimensions.find((d) => d.id === item?.dimension);
    counts.addRow([
      dim?.title[lang] ?? '',
      item?.text[lang] ?? i.itemId,
      ...i.counts,
      i.n,
      i.mean === null ? null : Number(i.mean.toFixed(2)),
    ]);
  }

  const answers = sheet(L.workbook.answers, [
    { header: L.respondent, width: 12 },
    { header: L.group, width: 8 },
    ...instrument.items.map((i) => ({ header: i.text[lang], width: 14 })),
  ]);
  input.answers.forEach((a, k) => answers.addRow([k + 1, a.group ? L.yes : L.no, ...instrument.items.map((i) => a.values[i.id] ?? null)]));

  const picture = sheet(L.workbook.picture, [
    { header: L.category, width: 16 },
    { header: L.text, width: 70 },
    { header: L.dots, width: 8 },
    { header: L.selectedPosition, width: 14 },
  ]);
  for (const note of visibleNotes(input))
    picture.addRow([
      categoryLabel(input, note.category),
      note.text,
      input.dots.get(note.id) ?? 0,
      note.selected === null ? null : note.selected + 1,
    ]);

  return Buffer.from(await book.xlsx.writeBuffer());
}
