import ExcelJS from 'exceljs';
import type { TRoundResults } from '../../../contracts/assessments.js';
import type { Lang } from '../../../contracts/errors.js';
import { DONT_KNOW, type AnswerValue } from '../../../domain/assessments/scoring.js';
import type { TInstrument } from '../../../domain/instruments/schema.js';

const LABELS = {
  da: {
    about: 'Om runden',
    answers: 'Svar',
    comments: 'Kommentarer',
    dimensions: 'Områder',
    items: 'Udsagn',
    round: 'Runde',
    instrument: 'Spørgeskema',
    source: 'Kilde',
    respondents: 'Afleverede besvarelser',
    anonymous: 'Anonym',
    yes: 'Ja',
    no: 'Nej',
    exported: 'Eksporteret',
    anonymity:
      'Svarene er anonymiserede: ingen navne eller id’er, rækkefølgen er blandet, og enheder med færre end {n} besvarelser er udeladt. I en anonym runde med færre end {n} besvarelser udlæveres hverken svar eller resultater.',
    hidden: 'Færre end {n} besvarelser: svar og resultater udleveres ikke.',
    response: 'Besvarelse',
    unit: 'Enhed',
    dimension: 'Område',
    comment: 'Kommentar',
    score: 'Score',
    median: 'Median',
    sd: 'Spredning (sd)',
    min: 'Min',
    max: 'Maks',
    n: 'Antal',
    band: 'Niveau',
    itemId: 'Id',
    statement: 'Udsagn',
    dontKnow: 'Ved ikke',
    mean: 'Gennemsnit',
    today: 'I dag (median)',
    target: 'Ønsket (median)',
    gap: 'Afstand',
  },
  en: {
    about: 'About the round',
    answers: 'Answers',
    comments: 'Comments',
    dimensions: 'Areas',
    items: 'Statements',
    round: 'Round',
    instrument: 'Questionnaire',
    source: 'Source',
    respondents: 'Responses handed in',
    anonymous: 'Anonymous',
    yes: 'Yes',
    no: 'No',
    exported: 'Exported',
    anonymity:
      'The answers are anonymised: no names or ids, the order is shuffled, and units with fewer than {n} responses are left out. In an anonymous round with fewer than {n} responses neither answers nor results are given out.',
    hidden: 'Fewer than {n} responses: answers and results are not given out.',
    response: 'Response',
    unit: 'Unit',
    dimension: 'Area',
    comment: 'Comment',
    score: 'Score',
    median: 'Median',
    sd: 'Spread (sd)',
    min: 'Min',
    max: 'Max',
    n: 'Count',
    band: 'Level',
    itemId: 'Id',
    statement: 'Statement',
    dontKnow: 'Don’t know',
    mean: 'Mean',
    today: 'Today (median)',
    target: 'Wanted (median)',
    gap: 'Gap',
  },
} as const;

export interface WorkbookInput {
  lang: Lang;
  instrument: TInstrument;
  results: TRoundResults;
  /** Anonymised responses, already shuffled; unit names only for units shown in comparisons. */
  answers: { unit: string | null; values: Record<string, AnswerValue>; comments: Record<string, string> }[];
}

function cell(value: AnswerValue | undefined, dontKnow: string): string | number {
  if (value === undefined) return '';
  if (value === DONT_KNOW) return dontKnow;
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

/** The round's anonymised raw answers and its aggregates, as an Excel workbook. */
export async function renderWorkbook(input: WorkbookInput): Promise<Buffer> {
  const { lang, instrument, results } = input;
  const L = LABELS[lang];
  const n = String(results.threshold);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pejling';
  wb.created = new Date();
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };

  const about = wb.addWorksheet(L.about);
  about.columns = [{ width: 28 }, { width: 90 }];
  about.addRows([
    [L.round, results.round.title],
    [L.instrument, `${instrument.title[lang]} (version ${instrument.version})`],
    [L.source, `${instrument.source.title}, ${instrument.source.publisher} (${instrument.source.year})`],
    [L.respondents, results.round.respondents],
    [L.anonymous, results.round.anonymous ? L.yes : L.no],
    [L.exported, new Date().toISOString()],
    [],
    [L.anonymity.replaceAll('{n}', n)],
  ]);
  about.getColumn(1).font = { bold: true };

  const result = results.pooled;
  if (!result) {
    about.addRow([]);
    about.addRow([L.hidden.replaceAll('{n}', n)]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const answers = wb.addWorksheet(L.answers);
  bold(answers.addRow([L.response, L.unit, ...instrument.items.map((i) => i.id)]));
  answers.addRow(['', '', ...instrument.items.map((i) => i.text[lang])]).font = { italic: true };
  input.answers.forEach((a, k) =>
    answers.addRow([`R${k + 1}`, a.unit ?? '', ...instrument.items.map((i) => cell(a.values[i.id], L.dontKnow))]),
  );
  answers.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];

  const comments = wb.addWorksheet(L.comments);
  bold(comments.addRow([L.dimension, L.comment]));
  for (const a of input.answers) {
    for (const [dimension, text] of Object.entries(a.comments))
      comments.addRow([instrument.dimensions.find((d) => d.id === dimension)?.title[lang] ?? dimension, text]);
  }
  comments.columns = [{ width: 28 }, { width: 100 }];

  const dims = wb.addWorksheet(L.dimensions);
  const dimTitle = (id: string) => instrument.dimensions.find((d) => d.id === id)?.title[lang] ?? id;
  const bandTitle = (id: string | null) => (id ? (instrument.bands.find((b) => b.id === id)?.title[lang] ?? id) : '');
  if (result.method === 'scaled-mean') {
    bold(dims.addRow([L.dimension, L.score, L.median, L.sd, L.min, L.max, L.n, L.band]));
    for (const d of result.dimensions) dims.addRow([dimTitle(d.dimension), d.score, d.median, d.sd, d.min, d.max, d.n, bandTitle(d.band)]);
    const o = result.overall;
    bold(dims.addRow([lang === 'da' ? 'Samlet' : 'Overall', o.score, o.median, o.sd, o.min, o.max, o.n, bandTitle(o.band)]));
    const items = wb.addWorksheet(L.items);
    const k = result.items[0]?.distribution.length ?? 5;
    bold(
      items.addRow([
        L.itemId,
        L.dimension,
        L.statement,
        ...Array.from({ length: k }, (_, v) => v + 1),
        L.dontKnow,
        L.n,
        L.mean,
        L.median,
        L.sd,
        L.score,
      ]),
    );
    for (const i of result.items) {
      items.addRow([
        i.itemId,
        dimTitle(i.dimension),
        instrument.items.find((x) => x.id === i.itemId)?.text[lang] ?? '',
        ...i.distribution,
        i.dontKnow,
        i.n,
        i.mean,
        i.median,
        i.sd,
        i.score,
      ]);
    }
  } else {
    bold(dims.addRow([L.dimension, L.today, L.target, L.gap, L.n, L.band]));
    for (const d of result.dimensions)
      dims.addRow([dimTitle(d.dimension), d.today.median, d.target.median, d.gap, d.today.n, bandTitle(d.band)]);
  }
  dims.getColumn(1).width = 34;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
