/**
 * The technology radar as one self-contained HTML file to download, open offline and pass on:
 * the SVG, a legend, search and filters, a details panel, an equivalent table, suppressed
 * technologies and print styles, with its style and script inline and no request to any server.
 *
 * Without script the radar, the legend and the table are all shown; the script adds the
 * controls, the details and the switch between radar and table. A Content Security Policy in the
 * file itself blocks every fetch, so not even a name smuggled past the escaping could load
 * anything. The script reads its data from a JSON island in which `<` is escaped, so no text can
 * close the script element early. Pure and deterministic, like the SVG.
 */
import { sanitizeHtml } from './formats/sanitize.js';
import { isSafeLink, type Movement } from './model.js';
import { RADAR_SVG_LABELS, escapeMarkup as esc, renderMovementSymbol, renderRadarSvg, ringColor } from './svg.js';
import type { RadarView, RadarViewBlip } from './view.js';

const UI = {
  da: {
    source: 'Kilde',
    generated: 'Genereret',
    noscript: 'Søgning, filtre og detaljer kræver JavaScript. Tabellen længere nede viser alle teknologier.',
    controls: 'Søg og filtrér',
    search: 'Søg efter teknologi',
    sector: 'Sektor',
    allSectors: 'Alle sektorer',
    ring: 'Ring',
    allRings: 'Alle ringe',
    movement: 'Bevægelse',
    allMovements: 'Alle',
    onlyNew: 'Nye',
    onlyMoved: 'Flyttede',
    showTable: 'Vis som tabel',
    showRadar: 'Vis som radar',
    showing: 'Viser {shown} af {total} teknologier',
    details: 'Detaljer',
    detailsHint: 'Vælg en teknologi på radaren eller i listen for at se mere om den.',
    detailsShown: 'Detaljer om {name} vises.',
    relevance: 'Relevans (gennemsnit)',
    organisations: 'Organisationer',
    spread: 'Svarfordeling',
    readMore: 'Læs mere om {name}',
    newWindow: '(åbner i et nyt vindue)',
    status: 'Status',
    inactive: 'Inaktiv',
    key: 'Signaturforklaring',
    rings: 'Ringe',
    movementKey: 'Spidsen peger den vej, teknologien er rykket siden sidst: ind mod midten eller ud fra den.',
    sizeKey: 'Jo større prikken er, jo mere relevant vurderes teknologien.',
    list: 'Teknologier efter sektor og ring',
    caption: 'Alle teknologier på radaren med sektor, ring, bevægelse, relevans og antal organisationer',
    number: 'Nr.',
    name: 'Teknologi',
    relevanceColumn: 'Relevans',
    suppressed: 'Teknologier, der ikke vises',
    suppressedBelow: (threshold: number) =>
      `Færre end ${threshold} organisationer har svaret på spørgsmålene om disse teknologier, så de er udeladt af radaren. På den måde kan ingen enkelt organisations svar udledes af den.`,
    suppressedFew:
      'For få organisationer har svaret på spørgsmålene om disse teknologier, så de er udeladt af radaren. På den måde kan ingen enkelt organisations svar udledes af den.',
  },
  en: {
    source: 'Source',
    generated: 'Generated',
    noscript: 'Search, filters and details need JavaScript. The table further down lists every technology.',
    controls: 'Search and filter',
    search: 'Search for a technology',
    sector: 'Sector',
    allSectors: 'All sectors',
    ring: 'Ring',
    allRings: 'All rings',
    movement: 'Movement',
    allMovements: 'All',
    onlyNew: 'New',
    onlyMoved: 'Moved',
    showTable: 'Show as table',
    showRadar: 'Show as radar',
    showing: 'Showing {shown} of {total} technologies',
    details: 'Details',
    detailsHint: 'Choose a technology on the radar or in the list to see more about it.',
    detailsShown: 'Showing details of {name}.',
    relevance: 'Relevance (mean)',
    organisations: 'Organisations',
    spread: 'Answers',
    readMore: 'Read more about {name}',
    newWindow: '(opens in a new window)',
    status: 'Status',
    inactive: 'Inactive',
    key: 'Key',
    rings: 'Rings',
    movementKey: 'The point shows the way the technology moved since last time: in towards the centre or out from it.',
    sizeKey: 'The larger the dot, the more relevant the technology is rated.',
    list: 'Technologies by sector and ring',
    caption: 'Every technology on the radar with its sector, ring, movement, relevance and number of organisations',
    number: 'No.',
    name: 'Technology',
    relevanceColumn: 'Relevance',
    suppressed: 'Technologies not shown',
    suppressedBelow: (threshold: number) =>
      `Fewer than ${threshold} organisations answered about these technologies, so they are left out of the radar. That way no single organisation's answers can be read from it.`,
    suppressedFew:
      "Too few organisations answered about these technologies, so they are left out of the radar. That way no single organisation's answers can be read from it.",
  },
} as const;

type Ui = (typeof UI)[RadarView['lang']];

const MOVEMENT_ORDER: readonly Movement[] = ['new', 'moved-in', 'moved-out', 'unchanged'];

/** One decimal, with a decimal comma in Danish; a dash for none. */
function decimal(value: number | null | undefined, lang: RadarView['lang']): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = value.toFixed(1);
  return lang === 'da' ? text.replace('.', ',') : text;
}

function count(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '–' : String(value);
}

/** 25.11.2026 kl. 14.32 in Danish, 25 Nov 2026, 14:32 in English, in Copenhagen time; null for a bad date. */
function formatGenerated(iso: string, lang: RadarView['lang']): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const formatter = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'Europe/Copenhagen',
    day: '2-digit',
    month: lang === 'da' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) p[part.type] = part.value;
  return lang === 'da' ? `${p.day}.${p.month}.${p.year} kl. ${p.hour}.${p.minute}` : `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}

/** JSON that is safe inside a script element: no `<` (so no `</script>`), `>`, `&` or line separators as such. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function byNumber(a: RadarViewBlip, b: RadarViewBlip): number {
  return a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function safeLink(blip: RadarViewBlip): string | null {
  return blip.link && isSafeLink(blip.link) ? blip.link : null;
}

/** What the script needs about a blip, with its texts ready to show. */
interface IslandBlip {
  id: string;
  number: number;
  name: string;
  /** Name and abbreviation in lower case, for the search box. */
  search: string;
  sector: number;
  ring: number;
  movement: Movement;
  inactive: boolean;
  /** The mean relevance, formatted. */
  relevance: string | null;
  organisations: number | null;
  spread: { label: string; count: number }[];
  /** Sanitised HTML. */
  description: string;
  link: string | null;
}

function islandBlip(view: RadarView, blip: RadarViewBlip): IslandBlip {
  return {
    id: blip.id,
    number: blip.number,
    name: blip.name,
    search: [blip.name, blip.abbreviation ?? ''].join(' ').toLocaleLowerCase(view.lang),
    sector: blip.sector,
    ring: blip.ring,
    movement: blip.movement,
    inactive: blip.inactive === true,
    relevance: blip.relevanceMean === null || blip.relevanceMean === undefined ? null : decimal(blip.relevanceMean, view.lang),
    organisations: blip.organisations ?? null,
    spread: (blip.spread ?? []).map((s) => ({ label: s.label, count: s.count })),
    description: sanitizeHtml(blip.description),
    link: safeLink(blip),
  };
}

function island(view: RadarView, ui: Ui): string {
  const labels = RADAR_SVG_LABELS[view.lang];
  return jsonForScript({
    sectors: view.sectors.map((s) => s.name),
    rings: view.rings.map((r) => r.name),
    movements: labels.movement,
    text: {
      sector: ui.sector,
      ring: ui.ring,
      movement: ui.movement,
      relevance: ui.relevance,
      organisations: ui.organisations,
      spread: ui.spread,
      readMore: ui.readMore,
      newWindow: ui.newWindow,
      status: ui.status,
      inactive: ui.inactive,
      showing: ui.showing,
      showTable: ui.showTable,
      showRadar: ui.showRadar,
      detailsShown: ui.detailsShown,
    },
    blips: [...view.blips].sort(byNumber).map((b) => islandBlip(view, b)),
  });
}

function swatch(color: string): string {
  return `<svg class="swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><circle cx="6" cy="6" r="6" fill="${color}"/></svg>`;
}

function header(view: RadarView, ui: Ui): string {
  const source = view.source ? `<p class="meta">${ui.source}: ${esc(view.source)}</p>` : '';
  const subtitle = view.subtitle ? `<p class="subtitle">${esc(view.subtitle)}</p>` : '';
  return `<header class="page-header"><h1>${esc(view.title)}</h1>${subtitle}${source}</header>`;
}

function option(value: string, label: string): string {
  return `<option value="${esc(value)}">${esc(label)}</option>`;
}

function controls(view: RadarView, ui: Ui): string {
  const sectors = [option('', ui.allSectors), ...view.sectors.map((s, i) => option(String(i), s.name))].join('');
  const rings = [option('', ui.allRings), ...view.rings.map((r, i) => option(String(i), r.name))].join('');
  const movements = [option('', ui.allMovements), option('new', ui.onlyNew), option('moved', ui.onlyMoved)].join('');
  return `<section class="controls" id="radar-controls" aria-label="${ui.controls}" hidden>
<div class="field field-search"><label for="radar-search">${ui.search}</label><input type="search" id="radar-search" autocomplete="off"></div>
<div class="field"><label for="radar-sector">${ui.sector}</label><select id="radar-sector">${sectors}</select></div>
<div class="field"><label for="radar-ring">${ui.ring}</label><select id="radar-ring">${rings}</select></div>
<div class="field"><label for="radar-movement">${ui.movement}</label><select id="radar-movement">${movements}</select></div>
<button type="button" class="button" id="radar-toggle">${ui.showTable}</button>
<p class="status" id="radar-status" role="status">${ui.showing.replace('{shown}', String(view.blips.length)).replace('{total}', String(view.blips.length))}</p>
</section>`;
}

function details(ui: Ui): string {
  return `<section class="details" id="details" aria-labelledby="details-heading" tabindex="0">
<h2 id="details-heading">${ui.details}</h2>
<p class="hint" id="details-hint">${ui.detailsHint}</p>
<div id="details-body" hidden><h3 id="details-title"></h3><dl class="facts" id="details-facts"></dl><div id="details-spread"></div><div class="description" id="details-description"></div><p id="details-link"></p></div>
<p class="visually-hidden" id="details-status" role="status"></p>
</section>`;
}

function key(view: RadarView, ui: Ui): string {
  const labels = RADAR_SVG_LABELS[view.lang];
  const rings = view.rings
    .map((r, i) => {
      const note = r.description ? ` <span class="key-note">– ${esc(r.description)}</span>` : '';
      return `<li>${swatch(ringColor(view, i))}<span><strong>${esc(r.name)}</strong>${note}</span></li>`;
    })
    .join('');
  const movements = MOVEMENT_ORDER.map((m) => `<li>${renderMovementSymbol(m, '#595959', 18)}<span>${labels.movement[m]}</span></li>`).join(
    '',
  );
  const size = view.blips.some((b) => b.relevance !== null) ? `<p class="key-note">${ui.sizeKey}</p>` : '';
  return `<section class="key" aria-labelledby="key-heading"><h2 id="key-heading">${ui.key}</h2><div class="key-groups">
<div><h3>${ui.rings}</h3><ul class="key-list">${rings}</ul></div>
<div><h3>${ui.movement}</h3><ul class="key-list key-movements">${movements}</ul><p class="key-note">${ui.movementKey}</p>${size}</div>
</div></section>`;
}

/** "(inaktiv)" after an inactive blip's name, so it is not told by colour alone. */
function inactiveTag(blip: RadarViewBlip, ui: Ui, lang: RadarView['lang']): string {
  return blip.inactive ? ` <span class="tag">(${ui.inactive.toLocaleLowerCase(lang)})</span>` : '';
}

/** The legend: sectors, then rings, then "number name" buttons that open the details. */
function legend(view: RadarView, ui: Ui): string {
  const blips = [...view.blips].sort(byNumber);
  const sectors = view.sectors
    .map((sector, s) => {
      const groups = view.rings
        .map((ring, r) => {
          const items = blips
            .filter((b) => b.sector === s && b.ring === r)
            .map(
              (b) =>
                `<li data-id="${esc(b.id)}"><button type="button" class="entry" data-id="${esc(b.id)}" aria-controls="details"><span class="num">${b.number}</span><span class="name">${esc(b.name)}${inactiveTag(b, ui, view.lang)}</span></button></li>`,
            );
          if (items.length === 0) return '';
          return `<div class="legend-ring"><h4>${swatch(ringColor(view, r))}${esc(ring.name)}</h4><ul class="legend-list">${items.join('')}</ul></div>`;
        })
        .join('');
      return groups ? `<section class="legend-sector"><h3>${esc(sector.name)}</h3>${groups}</section>` : '';
    })
    .join('\n');
  return `<section class="legend" aria-labelledby="legend-heading"><h2 id="legend-heading">${ui.list}</h2><div class="legend-body">\n${sectors}\n</div></section>`;
}

function table(view: RadarView, ui: Ui): string {
  const labels = RADAR_SVG_LABELS[view.lang];
  const rows = [...view.blips]
    .sort(byNumber)
    .map((b) => {
      const cells = [
        `<td class="numeric">${b.number}</td>`,
        `<th scope="row">${esc(b.name)}${inactiveTag(b, ui, view.lang)}</th>`,
        `<td>${esc(view.sectors[b.sector]?.name ?? '')}</td>`,
        `<td>${esc(view.rings[b.ring]?.name ?? '')}</td>`,
        `<td>${labels.movement[b.movement]}</td>`,
        `<td class="numeric">${decimal(b.relevanceMean, view.lang)}</td>`,
        `<td class="numeric">${count(b.organisations)}</td>`,
      ];
      return `<tr data-id="${esc(b.id)}">${cells.join('')}</tr>`;
    })
    .join('\n');
  const head = [ui.number, ui.name, ui.sector, ui.ring, ui.movement, ui.relevanceColumn, ui.organisations]
    .map((h) => `<th scope="col">${h}</th>`)
    .join('');
  return `<section class="table-view" id="table-view">
<div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0"><table><caption id="table-caption">${ui.caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
}

function suppressed(view: RadarView, ui: Ui): string {
  if (!view.suppressed || view.suppressed.length === 0) return '';
  const reason = view.threshold !== undefined && Number.isFinite(view.threshold) ? ui.suppressedBelow(view.threshold) : ui.suppressedFew;
  const names = view.suppressed.map((s) => `<li>${esc(s.name)}</li>`).join('');
  return `<section class="suppressed" aria-labelledby="suppressed-heading"><h2 id="suppressed-heading">${ui.suppressed}</h2><p>${reason}</p><ul>${names}</ul></section>`;
}

function footer(view: RadarView, ui: Ui): string {
  if (!view.generatedAt) return '';
  const when = formatGenerated(view.generatedAt, view.lang);
  if (!when) return '';
  return `<footer class="page-footer"><p>${ui.generated} <time datetime="${new Date(view.generatedAt).toISOString()}">${when}</time></p></footer>`;
}

/**
 * Blocks every fetch (scripts, styles, images, fonts, connections) except the inline style and
 * script; links still open, as navigation is not a fetch.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The radar as a complete, self-contained HTML document; see the top of this file. */
export function renderRadarHtml(view: RadarView): string {
  const ui = UI[view.lang];
  const title = view.subtitle ? `${view.title} – ${view.subtitle}` : view.title;
  const svg = renderRadarSvg(view);
  return `<!doctype html>
<html lang="${view.lang}" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${header(view, ui)}
<main>
<noscript><p class="note">${ui.noscript}</p></noscript>
${controls(view, ui)}
<div class="workspace" id="radar-view">
<figure class="chart">${svg}</figure>
${details(ui)}
${key(view, ui)}
${legend(view, ui)}
</div>
${table(view, ui)}
${suppressed(view, ui)}
</main>
${footer(view, ui)}
<script type="application/json" id="radar-data">${island(view, ui)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:"IBM Plex Sans",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
.page-header,main,.page-footer{max-width:90rem;margin:0 auto;padding:0 1rem}
.page-header{padding-top:1.5rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.25rem;line-height:1.3;margin:0 0 .5rem}
h3{font-size:1rem;margin:0 0 .25rem}
h1,h2,h3,h4,p,li,td,th,dd{overflow-wrap:anywhere}
.subtitle{font-size:1.125rem;margin:0}
.meta,.page-footer{color:#595959;font-size:.875rem}
.meta{margin:.25rem 0 0}
.page-footer{padding-top:1rem;padding-bottom:2rem}
a{color:#0059b3}
:focus-visible{outline:3px solid #0059b3;outline-offset:2px}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.note{background:#f5f5f5;border-left:4px solid #0059b3;padding:.5rem .75rem}
.controls{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.75rem 1rem;margin:1rem 0;padding:.75rem 0;border-bottom:1px solid #d9d9d9}
.controls[hidden]{display:none}
.field{display:flex;flex-direction:column;gap:.25rem;min-width:0}
.field label{font-weight:600;font-size:.875rem}
.field-search{flex:1 1 14rem;max-width:22rem}
input,select,button{font:inherit}
input[type=search],select{min-height:2.5rem;padding:.375rem .5rem;border:1px solid #747474;border-radius:3px;background:#fff;color:#1a1a1a;max-width:100%}
.button{min-height:2.5rem;padding:.375rem 1rem;border:2px solid #0059b3;border-radius:3px;background:#fff;color:#0059b3;font-weight:600;cursor:pointer}
.button:hover{background:#e6eef7}
.status{margin:0 0 .5rem;font-size:.875rem;color:#595959;flex-basis:100%}
.workspace{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem;margin-top:1rem}
.workspace[hidden]{display:none}
@media (min-width:60rem){
.workspace{grid-template-columns:minmax(0,1fr) 20rem}
.details{grid-column:2;grid-row:1/span 3;align-self:start;position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
}
.chart{margin:0}
.chart svg{display:block;width:100%;height:auto;max-height:92vh;margin:0 auto}
.blip{cursor:pointer}
.blip:focus{outline:none}
.blip.selected{outline:2px solid #1a1a1a;outline-offset:1px}
.blip:focus-visible{outline:3px solid #0059b3;outline-offset:1px}
.blip.dim{opacity:.15}
.details{border:1px solid #d9d9d9;border-top:4px solid #0059b3;padding:1rem;background:#fff}
.no-js .details{display:none}
.hint{color:#595959;margin:0}
.details h3{font-size:1.125rem;margin:0 0 .5rem}
.facts{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.125rem .75rem;margin:0 0 .75rem;font-size:.875rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.spread-heading{font-size:1rem;margin:.75rem 0 .25rem}
.spread-list{list-style:none;margin:.25rem 0 .75rem;padding:0;font-size:.875rem}
.spread-list li{display:grid;grid-template-columns:minmax(0,1fr) 6rem 2rem;align-items:center;gap:.5rem}
.spread-bar{display:block;height:.625rem;background:#e6e6e6}
.spread-bar span{display:block;height:100%;background:#0059b3}
.spread-count{text-align:right;font-variant-numeric:tabular-nums}
.description{font-size:.9375rem}
.description p{margin:0 0 .5rem}
.key-groups{display:flex;flex-wrap:wrap;gap:.5rem 2.5rem}
.key-groups>div{flex:1 1 16rem;max-width:36rem}
.key-list{list-style:none;margin:0;padding:0;font-size:.875rem}
.key-list li{display:flex;align-items:flex-start;gap:.5rem;margin:.125rem 0}
.key-list svg{flex:none;margin-top:.2rem}
.key-movements{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.key-note{font-size:.875rem;color:#595959;margin:.25rem 0 0}
.legend-body{columns:15rem auto;column-gap:2rem;font-size:.875rem}
.legend-sector{margin-bottom:1rem}
.legend-sector h3{font-size:1rem;border-bottom:1px solid #d9d9d9;margin:0 0 .25rem;break-after:avoid}
.legend-ring h4{display:flex;align-items:center;gap:.375rem;font-size:.8125rem;margin:.5rem 0 .125rem;break-after:avoid}
.legend-list{list-style:none;margin:0;padding:0}
.legend-list li{break-inside:avoid}
.entry{display:flex;gap:.5rem;width:100%;padding:.0625rem .25rem;border:0;background:none;color:inherit;text-align:left;line-height:1.35;cursor:pointer}
.no-js .entry{cursor:default}
.entry:hover .name{text-decoration:underline}
.entry[aria-current=true]{background:#e6eef7}
.entry .num{flex:none;min-width:2em;text-align:right;font-weight:600;font-variant-numeric:tabular-nums}
.table-view{margin-top:1.5rem}
.table-view[hidden]{display:none}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.875rem}
caption{text-align:left;font-weight:600;font-size:1rem;padding-bottom:.5rem}
th,td{text-align:left;vertical-align:top;padding:.375rem .5rem;border-bottom:1px solid #d9d9d9}
thead th{border-bottom:2px solid #1a1a1a}
.numeric{text-align:right;font-variant-numeric:tabular-nums}
.tag{font-weight:400;color:#595959}
.suppressed{margin-top:1.5rem}
.suppressed ul{columns:15rem auto;column-gap:2rem;font-size:.875rem}
@media print{
.controls,.details,noscript{display:none!important}
.workspace,.workspace[hidden],.table-view,.table-view[hidden]{display:block!important}
[hidden].legend-sector,[hidden].legend-ring,.legend-list li[hidden],tr[hidden]{display:revert!important}
.blip.dim{opacity:1}
.blip.selected{outline:none}
.entry[aria-current=true]{background:none}
.chart{break-inside:avoid;margin-bottom:1rem}
.chart svg{max-height:none}
.legend-body{columns:3}
.key,.legend,.suppressed{break-inside:auto}
a{color:inherit}
}
`;

/** The page's behaviour, plain ES2017 with no library; its texts and data come from the JSON island. */
const SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.className = 'js';
  var data = JSON.parse(doc.getElementById('radar-data').textContent);
  var text = data.text;
  var byId = Object.create(null);
  data.blips.forEach(function (b) { byId[b.id] = b; });
  function one(selector) { return doc.querySelector(selector); }
  function all(selector) { return Array.prototype.slice.call(doc.querySelectorAll(selector)); }
  function make(tag, className, content) {
    var el = doc.createElement(tag);
    if (className) el.className = className;
    if (content !== undefined) el.textContent = content;
    return el;
  }
  var blips = all('.chart .blip');
  var entries = all('.legend-list li');
  var rows = all('.table-view tbody tr');
  var groups = all('.legend-ring, .legend-sector');
  var search = one('#radar-search');
  var sector = one('#radar-sector');
  var ring = one('#radar-ring');
  var movement = one('#radar-movement');
  var toggle = one('#radar-toggle');
  var radarView = one('#radar-view');
  var tableView = one('#table-view');
  var panel = one('#details');
  one('#radar-controls').hidden = false;
  tableView.hidden = true;

  function matches(b, query) {
    if (query && b.search.indexOf(query) < 0) return false;
    if (sector.value !== '' && String(b.sector) !== sector.value) return false;
    if (ring.value !== '' && String(b.ring) !== ring.value) return false;
    if (movement.value === 'new') return b.movement === 'new';
    if (movement.value === 'moved') return b.movement === 'moved-in' || b.movement === 'moved-out';
    return true;
  }

  function applyFilters() {
    var query = search.value.trim().toLocaleLowerCase();
    var shown = Object.create(null);
    var total = 0;
    data.blips.forEach(function (b) {
      if (matches(b, query)) { shown[b.id] = true; total++; }
    });
    blips.forEach(function (el) {
      var on = shown[el.getAttribute('data-id')] === true;
      el.classList.toggle('dim', !on);
      el.setAttribute('tabindex', on ? '0' : '-1');
    });
    entries.concat(rows).forEach(function (el) { el.hidden = shown[el.getAttribute('data-id')] !== true; });
    groups.forEach(function (el) { el.hidden = el.querySelector('li:not([hidden])') === null; });
    one('#radar-status').textContent = text.showing.replace('{shown}', total).replace('{total}', data.blips.length);
  }

  // A function as the replacement, so a name holding "$&" is not read as a pattern.
  function fill(template, name) {
    return template.replace('{name}', function () { return name; });
  }

  function fact(list, term, value) {
    list.appendChild(make('dt', '', term));
    list.appendChild(make('dd', '', value));
  }

  function spread(target, b) {
    target.textContent = '';
    if (b.spread.length === 0) return;
    var most = Math.max.apply(null, b.spread.map(function (s) { return s.count; }).concat(1));
    target.appendChild(make('h4', 'spread-heading', text.spread));
    var list = make('ul', 'spread-list');
    b.spread.forEach(function (s) {
      var item = make('li');
      item.appendChild(make('span', 'spread-label', s.label));
      var bar = make('span', 'spread-bar');
      var share = make('span');
      share.style.width = Math.round((s.count / most) * 100) + '%';
      bar.appendChild(share);
      item.appendChild(bar);
      item.appendChild(make('span', 'spread-count', String(s.count)));
      list.appendChild(item);
    });
    target.appendChild(list);
  }

  function showDetails(id, announce) {
    var b = byId[id];
    if (!b) return;
    blips.forEach(function (el) { el.classList.toggle('selected', el.getAttribute('data-id') === id); });
    all('.entry').forEach(function (el) {
      if (el.getAttribute('data-id') === id) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    });
    one('#details-hint').hidden = true;
    one('#details-body').hidden = false;
    one('#details-title').textContent = b.number + '. ' + b.name;
    var facts = one('#details-facts');
    facts.textContent = '';
    fact(facts, text.sector, data.sectors[b.sector] || '');
    fact(facts, text.ring, data.rings[b.ring] || '');
    fact(facts, text.movement, data.movements[b.movement] || '');
    if (b.relevance !== null) fact(facts, text.relevance, b.relevance);
    if (b.organisations !== null) fact(facts, text.organisations, String(b.organisations));
    if (b.inactive) fact(facts, text.status, text.inactive);
    spread(one('#details-spread'), b);
    var description = one('#details-description');
    description.innerHTML = b.description;
    all('#details-description a').forEach(function (a) {
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
    });
    var link = one('#details-link');
    link.textContent = '';
    if (b.link) {
      var a = make('a', '', fill(text.readMore, b.name) + ' ');
      a.href = b.link;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.appendChild(make('span', 'visually-hidden', text.newWindow));
      link.appendChild(a);
    }
    if (announce) {
      one('#details-status').textContent = fill(text.detailsShown, b.number + '. ' + b.name);
      panel.scrollIntoView({ block: 'nearest' });
    }
  }

  function blipOf(event) {
    var target = event.target;
    return target && target.closest ? target.closest('.blip') : null;
  }

  var chart = one('.chart');
  chart.addEventListener('click', function (event) {
    var blip = blipOf(event);
    if (blip) showDetails(blip.getAttribute('data-id'), true);
  });
  chart.addEventListener('keydown', function (event) {
    var blip = blipOf(event);
    if (!blip || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    showDetails(blip.getAttribute('data-id'), true);
  });
  chart.addEventListener('focusin', function (event) {
    var blip = blipOf(event);
    if (blip) showDetails(blip.getAttribute('data-id'), false);
  });
  one('.legend').addEventListener('click', function (event) {
    var entry = event.target.closest('.entry');
    if (entry) showDetails(entry.getAttribute('data-id'), true);
  });
  [search, sector, ring, movement].forEach(function (el) {
    el.addEventListener('input', applyFilters);
    el.addEventListener('change', applyFilters);
  });
  toggle.addEventListener('click', function () {
    var toTable = tableView.hidden;
    tableView.hidden = !toTable;
    radarView.hidden = toTable;
    toggle.textContent = toTable ? text.showRadar : text.showTable;
  });
  applyFilters();
})();
`;
