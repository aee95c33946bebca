import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Lang } from '../../contracts/errors.js';
import { PROJECT_ROOT } from './paths.js';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const FONT_DIR = join(PROJECT_ROOT, 'node_modules', 'dkfds', 'dist', 'fonts', 'IBMPlexSans', 'complete', 'ttf');

let engine: PdfMake | null = null;
/** pdfmake with IBM Plex Sans (the typeface of Det Fælles Designsystem); no file or URL outside the fonts is read. */
function pdfmake(): PdfMake {
  if (engine) return engine;
  const loaded = createRequire(import.meta.url)('pdfmake') as PdfMake;
  loaded.setFonts({
    IBMPlexSans: {
      normal: join(FONT_DIR, 'IBMPlexSans-Regular.ttf'),
      bold: join(FONT_DIR, 'IBMPlexSans-Bold.ttf'),
      italics: join(FONT_DIR, 'IBMPlexSans-Italic.ttf'),
      bolditalics: join(FONT_DIR, 'IBMPlexSans-BoldItalic.ttf'),
    },
  });
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  engine = loaded;
  return engine;
}

/** Numbers as the reader writes them: decimal comma in Danish. */
export function formatNumber(value: number | null, lang: Lang, decimals = 1): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

export function formatDate(iso: string, lang: Lang, time = false): string {
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    ...(time ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
}

/**
 * An A4 document in Pejling's house style: IBM Plex Sans, the shared heading and table styles,
 * page numbers, document information and language.
 */
export function renderPdf(input: {
  lang: Lang;
  title: string;
  author: string;
  subject: string;
  content: Content[];
  extraStyles?: TDocumentDefinitions['styles'];
}): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    info: { title: `${input.title} – Pejling`, author: input.author, subject: input.subject, creator: 'Pejling' },
    language: input.lang === 'da' ? 'da-DK' : 'en-GB',
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'IBMPlexSans', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 9, color: '#555555' },
      title: { fontSize: 20, bold: true, margin: [0, 2, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      th: { bold: true },
      notice: { margin: [0, 8, 0, 8], color: '#7a2b00' },
      muted: { color: '#555555', fontSize: 8.5, margin: [0, 0, 0, 8] },
      ...input.extraStyles,
    },
    footer: (page, pages) => ({
      text: `${input.lang === 'da' ? 'Side' : 'Page'} ${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [0, 20, 0, 0],
    }),
    content: input.content,
  };
  return pdfmake().createPdf(doc).getBuffer();
}
