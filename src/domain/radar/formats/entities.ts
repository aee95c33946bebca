/**
 * HTML character references: numeric ones and the named ones radar descriptions use (Latin-1
 * letters such as æ, ø and å, typographic quotes and dashes). An unknown name stays as written,
 * so "&foo;" survives as text; a numeric reference to nothing (0, a surrogate, beyond U+10FFFF)
 * becomes U+FFFD, as browsers do.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  bull: '•',
  middot: '·',
  prime: '′',
  Prime: '″',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  minus: '−',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  micro: 'µ',
  para: '¶',
  sect: '§',
  cent: '¢',
  pound: '£',
  yen: '¥',
  euro: '€',
  curren: '¤',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  AElig: 'Æ',
  aelig: 'æ',
  Oslash: 'Ø',
  oslash: 'ø',
  Aring: 'Å',
  aring: 'å',
  Auml: 'Ä',
  auml: 'ä',
  Ouml: 'Ö',
  ouml: 'ö',
  Uuml: 'Ü',
  uuml: 'ü',
  Euml: 'Ë',
  euml: 'ë',
  Iuml: 'Ï',
  iuml: 'ï',
  yuml: 'ÿ',
  szlig: 'ß',
  Aacute: 'Á',
  aacute: 'á',
  Agrave: 'À',
  agrave: 'à',
  Acirc: 'Â',
  acirc: 'â',
  Atilde: 'Ã',
  atilde: 'ã',
  Ccedil: 'Ç',
  ccedil: 'ç',
  Eacute: 'É',
  eacute: 'é',
  Egrave: 'È',
  egrave: 'è',
  Ecirc: 'Ê',
  ecirc: 'ê',
  Iacute: 'Í',
  iacute: 'í',
  Igrave: 'Ì',
  igrave: 'ì',
  Icirc: 'Î',
  icirc: 'î',
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Oacute: 'Ó',
  oacute: 'ó',
  Ograve: 'Ò',
  ograve: 'ò',
  Ocirc: 'Ô',
  ocirc: 'ô',
  Otilde: 'Õ',
  otilde: 'õ',
  Uacute: 'Ú',
  uacute: 'ú',
  Ugrave: 'Ù',
  ugrave: 'ù',
  Ucirc: 'Û',
  ucirc: 'û',
  Yacute: 'Ý',
  yacute: 'ý',
  ETH: 'Ð',
  eth: 'ð',
  THORN: 'Þ',
  thorn: 'þ',
};

/** The character a reference starting at `text[at]` ('&') stands for, and its length; null when it is none. */
export function readEntity(text: string, at: number): { char: string; length: number } | null {
  const m = /^&(?:#[xX]([0-9a-fA-F]{1,8});|#([0-9]{1,9});|([a-zA-Z][a-zA-Z0-9]{1,31});)/.exec(text.slice(at, at + 44));
  if (!m) return null;
  if (m[3] !== undefined) {
    const char = Object.prototype.hasOwnProperty.call(NAMED, m[3]) ? NAMED[m[3]] : undefined;
    return char === undefined ? null : { char, length: m[0].length };
  }
  const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return { char: valid ? String.fromCodePoint(code) : '\ufffd', length: m[0].length };
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    const e = readEntity(text, amp);
    if (e) {
      out += e.char;
      i = amp + e.length;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}
