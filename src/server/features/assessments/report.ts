import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { TRoundResults } from '../../../contracts/assessments.js';
import type { Lang } from '../../../contracts/errors.js';
import { divergingBars, horizontalBars } from '../../../domain/charts/svg.js';
import type { GenerationResult, ScaledResult } from '../../../domain/assessments/scoring.js';
import type { TInstrument, TText } from '../../../domain/instruments/schema.js';
import { formatDate, formatNumber, renderPdf } from '../../lib/pdf.js';

const LABELS = {
  da: {
    report: 'Rapport',
    organisation: 'Organisation',
    instrument: 'Spørgeskema',
    source: 'Kilde',
    date: 'Udskrevet',
    respondents: 'Afleverede besvarelser',
    mode: { team: 'Hold: alle svarer, resultaterne samles', individual: 'Individuel: hver leder svarer for sig' },
    anonymous: 'Anonym runde',
    named: 'Navngiven runde',
    hidden: {
      too_few_respondents: 'Der er færre end {n} besvarelser i denne anonyme runde, så de samlede resultater vises ikke.',
      round_open: 'Runden er ikke lukket endnu; de samlede resultater vises, når den lukker.',
    },
    overall: 'Samlet',
    dimension: 'Område',
    score: 'Score',
    median: 'Median',
    range: 'Min–maks',
    sd: 'Spredning (sd)',
    n: 'Antal',
    band: 'Niveau',
    dimensionsHeading: 'Resultat pr. område',
    itemsHeading: 'Fordeling af svar pr. udsagn',
    statement: 'Udsagn',
    dontKnow: 'Ved ikke',
    mean: 'Gennemsnit',
    disagreementsHeading: 'Her er I mest uenige',
    disagreementsText: 'Udsagnene med den største spredning i svarene – gode steder at begynde dialogen.',
    generationHeading: 'Trinene i de fire generationer',
    today: 'I dag',
    target: 'Ønsket',
    gap: 'Afstand',
    mismatchHeading: 'Hvor praksis halter efter formålet',
    mismatchText: 'Her ligger den måde, I arbejder på i dag, under det trin, jeres initiativer sigter mod.',
    dialogueHeading: 'Spørgsmål til dialog og jeres konklusioner',
    conclusion: 'Konklusion',
    noConclusion: 'Ingen konklusion endnu.',
    actionsHeading: 'Handlinger',
    action: 'Handling',
    owner: 'Ansvarlig',
    due: 'Frist',
    status: 'Status',
    statuses: { open: 'Åben', done: 'Udført' },
    chartNote: 'Diagrammet viser de samme tal som tabellen.',
    stepsLegend: 'Blå søjle: trinnet i dag (median). Rød streg: det ønskede trin.',
    scaleLegend:
      'Til venstre for midterlinjen: {low}; til højre: {high}; den grå midte er delt på begge sider. »Ved ikke« tælles for sig i tabellen.',
    page: 'Side',
  },
  en: {
    report: 'Report',
    organisation: 'Organisation',
    instrument: 'Questionnaire',
    source: 'Source',
    date: 'Printed',
    respondents: 'Responses handed in',
    mode: { team: 'Team: everyone answers, results are pooled', individual: 'Individual: each leader answers alone' },
    anonymous: 'Anonymous round',
    named: 'Named round',
    hidden: {
      too_few_respondents: 'This anonymous round has fewer than {n} responses, so the pooled results are not shown.',
      round_open: 'The round has not closed yet; pooled results are shown when it closes.',
    },
    overall: 'Overall',
    dimension: 'Area',
    score: 'Score',
    median: 'Median',
    range: 'Min–max',
    sd: 'Spread (sd)',
    n: 'Count',
    band: 'Level',
    dimensionsHeading: 'Results per area',
    itemsHeading: 'Distribution of answers per statement',
    statement: 'Statement',
    dontKnow: 'Don’t know',
    mean: 'Mean',
    disagreementsHeading: 'Where you disagree most',
    disagreementsText: 'The statements with the widest spread of answers – good places to start the dialogue.',
    generationHeading: 'The steps of the four generations',
    today: 'Today',
    target: 'Wanted',
    gap: 'Gap',
    mismatchHeading: 'Where practice lags the purpose',
    mismatchText: 'Here the way you work today sits below the step your initiatives aim for.',
    dialogueHeading: 'Questions for dialogue and your conclusions',
    conclusion: 'Conclusion',
    noConclusion: 'No conclusion yet.',
    actionsHeading: 'Actions',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    statuses: { open: 'Open', done: 'Done' },
    chartNote: 'The chart shows the same numbers as the table.',
    stepsLegend: 'Blue bar: today’s step (median). Red line: the wanted step.',
    scaleLegend:
      'Left of the centre line: {low}; right: {high}; the grey middle is split across both sides. “Don’t know” is counted apart in the table.',
    page: 'Page',
  },
} as const;

export interface ReportInput {
  lang: Lang;
  orgName: string;
  instrument: TInstrument;
  results: TRoundResults;
}

/** The round's report: scores, charts, spread, disagreements, dialogue, conclusions and actions. */
export async function renderReport(input: ReportInput): Promise<Buffer> {
  const { lang, instrument, results } = input;
  const L = LABELS[lang];
  const tx = (t: TText) => t[lang];
  const dimTitle = (id: string) => tx(instrument.dimensions.find((d) => d.id === id)?.title ?? { da: id, en: id });
  const bandTitle = (id: string | null) => (id ? tx(instrument.bands.find((b) => b.id === id)?.title ?? { da: id, en: id }) : '–');
  const n = (v: number | null, d = 1) => formatNumber(v, lang, d);
  const round = results.round;

  const content: Content[] = [
    { text: `Pejling · ${L.report}`, style: 'kicker' },
    { text: round.title, style: 'title' },
    {
      table: {
        widths: [130, '*'],
        body: [
          [L.organisation, input.orgName],
          [L.instrument, `${tx(instrument.title)} (version ${instrument.version})`],
          [L.source, `${instrument.source.title}, ${instrument.source.publisher} (${instrument.source.year})`],
          [L.respondents, String(round.respondents)],
          ['', `${L.mode[round.mode]} · ${round.anonymous ? L.anonymous : L.named}`],
          [L.date, formatDate(new Date().toISOString(), lang)],
        ],
      },
      layout: 'noBorders',
      margin: [0, 6, 0, 12],
    },
  ];

  const result = results.pooled;
  if (!result) {
    content.push({ text: L.hidden[results.hiddenBecause ?? 'round_open'].replace('{n}', String(results.threshold)), style: 'notice' });
  } else if (result.method === 'scaled-mean') {
    content.push(...scaledSection(result, instrument, lang, n, dimTitle, bandTitle));
  } else {
    content.push(...generationSection(result, lang, n, dimTitle, bandTitle));
  }

  // The questions proposed now, and every question the team has recorded a conclusion on.
  const questions = [
    ...results.dialogue.map((p) => ({ id: p.questionId, text: p.text })),
    ...results.conclusions
      .filter((c) => !results.dialogue.some((p) => p.questionId === c.questionId))
      .map((c) => ({ id: c.questionId, text: questionText(instrument, c.questionId) })),
  ];
  if (questions.length) {
    content.push({ text: L.dialogueHeading, style: 'h2' });
    for (const q of questions) {
      const conclusion = results.conclusions.find((c) => c.questionId === q.id);
      content.push({ text: tx(q.text), style: 'question' });
      content.push({
        text: conclusion ? `${L.conclusion}: ${conclusion.text}` : L.noConclusion,
        style: conclusion ? 'conclusion' : 'muted',
      });
    }
  }
  if (results.actions.length) {
    content.push({ text: L.actionsHeading, style: 'h2' });
    content.push({
      table: {
        headerRows: 1,
        widths: ['*', 110, 60, 50],
        body: [
          [L.action, L.owner, L.due, L.status].map((h) => ({ text: h, style: 'th' })),
          ...results.actions.map((a) => [a.title, a.owner, a.dueDate ? formatDate(a.dueDate, lang) : '–', L.statuses[a.status]]),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }

  return renderPdf({
    lang,
    title: round.title,
    author: input.orgName,
    subject: tx(instrument.title),
    content,
    extraStyles: {
      question: { bold: true, margin: [0, 6, 0, 2] },
      conclusion: { margin: [0, 0, 0, 8] },
      big: { fontSize: 16, bold: true },
    },
  });
}

/** What the ends of the agreement scale mean, for the diverging bars' legend. */
function scaleLegend(instrument: TInstrument, lang: Lang): string {
  const scale = instrument.items.find((i) => i.answer.type === 'agreement')?.answer;
  const [low, high] = scale?.type === 'agreement' ? [scale.lowLabel[lang], scale.highLabel[lang]] : ['1', '5'];
  return LABELS[lang].scaleLegend.replace('{low}', low.toLowerCase()).replace('{high}', high.toLowerCase());
}

/** The text of a dialogue question, discussion prompt or item, by id. */
function questionText(instrument: TInstrument, id: string): TText {
  return (
    instrument.dialogue.find((q) => q.id === id)?.text ??
    instrument.discussionPrompts.find((q) => q.id === id)?.text ??
    instrument.items.find((i) => i.id === id)?.text ?? { da: id, en: id }
  );
}

function scaledSection(
  result: ScaledResult,
  instrument: TInstrument,
  lang: Lang,
  n: (v: number | null, d?: number) => string,
  dimTitle: (id: string) => string,
  bandTitle: (id: string | null) => string,
): Content[] {
  const L = LABELS[lang];
  const band = instrument.bands.find((b) => b.id === result.overall.band);
  const itemText = (id: string) => instrument.items.find((i) => i.id === id)?.text[lang] ?? id;
  const k = result.items[0]?.distribution.length ?? 5;
  return [
    {
      text: [
        { text: `${L.overall}: `, bold: true },
        { text: `${n(result.overall.score)} / 100`, style: 'big' },
        `  ·  ${bandTitle(result.overall.band)}`,
      ],
    },
    ...(band ? [{ text: band.interpretation[lang], margin: [0, 4, 0, 8] } as Content] : []),
    { text: L.dimensionsHeading, style: 'h2' },
    {
      svg: horizontalBars(
        result.dimensions.map((d) => ({ label: dimTitle(d.dimension), value: d.score })),
        { min: 0, max: 100, decimalComma: lang === 'da' },
      ),
      width: 460,
    },
    { text: L.chartNote, style: 'muted' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 45, 45, 55, 55, 30, 80],
        body: [
          [L.dimension, L.score, L.median, L.range, L.sd, L.n, L.band].map((h) => ({ text: h, style: 'th' })),
          ...result.dimensions.map((d): TableCell[] => [
            dimTitle(d.dimension),
            n(d.score),
            n(d.median),
            d.min === null ? '–' : `${n(d.min)}–${n(d.max)}`,
            n(d.sd),
            String(d.n),
            bandTitle(d.band),
          ]),
          [
            { text: L.overall, bold: true },
            n(result.overall.score),
            n(result.overall.median),
            result.overall.min === null ? '–' : `${n(result.overall.min)}–${n(result.overall.max)}`,
            n(result.overall.sd),
            String(result.overall.n),
            bandTitle(result.overall.band),
          ],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: L.disagreementsHeading, style: 'h2' },
    { text: L.disagreementsText, style: 'muted' },
    { ul: result.disagreements.slice(0, 5).map((d) => `${itemText(d.itemId)} (sd ${n(d.sd)})`) },
    { text: L.itemsHeading, style: 'h2' },
    { svg: divergingBars(result.items.map((i) => ({ label: itemText(i.itemId), counts: i.distribution }))), width: 480 },
    { text: `${scaleLegend(instrument, lang)} ${L.chartNote}`, style: 'muted' },
    {
      table: {
        headerRows: 1,
        widths: ['*', ...Array.from({ length: k }, () => 16), 34, 50],
        body: [
          [
            { text: L.statement, style: 'th' },
            ...Array.from({ length: k }, (_, v) => ({ text: String(v + 1), style: 'th' })),
            { text: L.dontKnow, style: 'th' },
            { text: L.mean, style: 'th' },
          ],
          ...result.items.map((i): TableCell[] => [
            { text: itemText(i.itemId), fontSize: 8 },
            ...i.distribution.map((c) => String(c)),
            String(i.dontKnow),
            n(i.mean, 2),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8.5,
    },
  ];
}

function generationSection(
  result: GenerationResult,
  lang: Lang,
  n: (v: number | null, d?: number) => string,
  dimTitle: (id: string) => string,
  bandTitle: (id: string | null) => string,
): Content[] {
  const L = LABELS[lang];
  return [
    {
      text: [
        { text: `${L.today}: `, bold: true },
        { text: n(result.overall.today), style: 'big' },
        `  ·  ${bandTitle(result.overall.band)}  ·  ${L.target}: ${n(result.overall.target)}`,
      ],
    },
    { text: L.generationHeading, style: 'h2' },
    {
      svg: horizontalBars(
        result.dimensions.map((d) => ({ label: dimTitle(d.dimension), value: d.today.median, marker: d.target.median })),
        { min: 1, max: 4, decimalComma: lang === 'da' },
      ),
      width: 460,
    },
    { text: `${L.stepsLegend} ${L.chartNote}`, style: 'muted' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 40, 45, 45, 160],
        body: [
          [L.dimension, L.today, L.target, L.gap, L.band].map((h) => ({ text: h, style: 'th' })),
          ...result.dimensions.map((d): TableCell[] => [
            dimTitle(d.dimension),
            n(d.today.median),
            n(d.target.median),
            n(d.gap),
            bandTitle(d.band),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: L.mismatchHeading, style: 'h2' },
    { text: L.mismatchText, style: 'muted' },
    { ul: result.mismatches.map((m) => `${dimTitle(m.dimension)}: ${L.gap.toLowerCase()} ${n(m.gap)}`) },
  ];
}
