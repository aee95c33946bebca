import { decodeEntities, readEntity } from './entities.js';
import { type ElementNode, type HtmlNode, canonical, parseHtmlFragment, renderHtml, safeHref } from './sanitize.js';

/**
 * Markdown to description HTML and back, for Backstage, whose descriptions are Markdown (its radar
 * shows them with its Markdown renderer, GitHub-flavoured).
 *
 * Reading follows CommonMark for the part descriptions use, written here: paragraphs, hard and
 * soft line breaks, bullet and numbered lists (nested by indentation), emphasis and strong
 * emphasis with CommonMark's delimiter rules, code spans, inline links, autolinks (<…>), bare
 * http(s) addresses (GitHub's autolinks), backslash escapes and character references; an ATX
 * heading becomes a bold paragraph. Anything else (block quotes, tables, fenced code, raw HTML,
 * images) stays text. The result is sanitised like any description, so an unsafe link keeps only
 * its text.
 *
 * Writing escapes every character Markdown could read as syntax, so reading what was written gives
 * the same HTML back (for canonical HTML, ./sanitize.ts), with one known exception: emphasis whose
 * delimiters CommonMark would not take as opening and closing it, such as bold ending in
 * punctuation right before a letter (<strong>a.</strong>b) or emphasis CommonMark would pair
 * another way, cannot be written in Markdown at all. Such emphasis is left out and its text kept
 * (each written block is read back to check; two code spans that then meet become one). What one
 * trip keeps, further trips keep.
 */

export function markdownToHtml(md: string): string {
  return renderHtml(canonical(parseMarkdown(md)));
}

export function htmlToMarkdown(html: string): string {
  return renderMarkdown(parseHtmlFragment(html));
}

// ---------------------------------------------------------------------------------------------
// Blocks

const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);
const indentOf = (line: string): number => /^ */.exec(line)![0].length;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;

function expandTabs(line: string): string {
  const lead = /^[ \t]*/.exec(line)![0];
  if (!lead.includes('\t')) return line;
  let col = 0;
  for (const ch of lead) col = ch === '\t' ? col + 4 - (col % 4) : col + 1;
  return ' '.repeat(col) + line.slice(lead.length);
}

interface Marker {
  ordered: boolean;
  /** The bullet character, or the delimiter after the number. */
  delim: string;
  /** Column the item's content starts at. */
  width: number;
  rest: string;
  start: string | null;
}

function listMarker(line: string): Marker | null {
  if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) return null; // a thematic break, not a list
  const m = /^( {0,3})([-+*]|(\d{1,9})([.)]))( +|$)(.*)$/.exec(line);
  if (!m) return null;
  const indent = m[1]!.length;
  const marker = m[2]!.length;
  let spaces = m[5]!.length;
  let rest = m[6]!;
  if (rest === '') spaces = 1;
  else if (spaces > 4) {
    rest = ' '.repeat(spaces - 1) + rest;
    spaces = 1;
  }
  return {
    ordered: m[3] !== undefined,
    delim: m[3] !== undefined ? m[4]! : m[2]!,
    width: indent + marker + spaces,
    rest,
    start: m[3] ?? null,
  };
}

/** Whether a line ends a paragraph without a blank line: a heading, or a list item that may interrupt one. */
function interrupts(line: string): boolean {
  if (HEADING.test(line)) return true;
  const mk = listMarker(line);
  return mk !== null && mk.rest.trim() !== '' && (!mk.ordered || mk.start === '1');
}

/** Lists nested deeper than this are read as text, so no input can exhaust the stack. */
const MAX_LIST_DEPTH = 12;

export function parseMarkdown(md: string): HtmlNode[] {
  return parseBlocks(md.replace(/\r\n?/g, '\n').split('\n').map(expandTabs), 0);
}

function parseBlocks(lines: string[], depth: number): HtmlNode[] {
  const out: HtmlNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (depth < MAX_LIST_DEPTH && listMarker(line)) {
      const list = parseList(lines, i, depth);
      out.push(list.node);
      i = list.next;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = heading[2]!.replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
      out.push({ type: 'p', children: [{ type: 'strong', children: parseInline(text) }] });
      i++;
      continue;
    }
    const para = [line.replace(/^[ \t]+/, '')];
    i++;
    while (i < lines.length && !isBlank(lines[i]!) && !(depth < MAX_LIST_DEPTH ? interrupts(lines[i]!) : HEADING.test(lines[i]!)))
      para.push(lines[i++]!.replace(/^[ \t]+/, ''));
    out.push({ type: 'p', children: parseInline(para.join('\n').replace(/[ \t]+$/, '')) });
  }
  return out;
}

function parseList(lines: string[], from: number, depth: number): { node: ElementNode; next: number } {
  const first = listMarker(lines[from]!)!;
  const items: HtmlNode[] = [];
  const sameList = (mk: Marker | null): mk is Marker => mk !== null && mk.ordered === first.ordered && mk.delim === first.delim;
  let i = from;
  for (;;) {
    const mk = listMarker(lines[i]!)!;
    const content = [mk.rest];
    i++;
    while (i < lines.length) {
      const line = lines[i]!;
      if (isBlank(line)) {
        // Blank lines stay in the item only when indented content follows them.
        let j = i;
        while (j < lines.length && isBlank(lines[j]!)) j++;
        if (j < lines.length && indentOf(lines[j]!) >= mk.width) {
          for (; i < j; i++) content.push('');
          continue;
        }
        break;
      }
      if (indentOf(line) >= mk.width) {
        content.push(line.slice(mk.width));
        i++;
        continue;
      }
      if (listMarker(line) || HEADING.test(line)) break;
      // A lazy continuation line carries on the item's last paragraph.
      if (!isBlank(content[content.length - 1]!)) {
        content.push(line.replace(/^[ \t]+/, ''));
        i++;
        continue;
      }
      break;
    }
    items.push({ type: 'li', children: parseBlocks(content, depth + 1) });
    let j = i;
    while (j < lines.length && isBlank(lines[j]!)) j++;
    if (j < lines.length && sameList(listMarker(lines[j]!)) && (j === i || indentOf(lines[j]!) < 4)) {
      i = j;
      continue;
    }
    return { node: { type: first.ordered ? 'ol' : 'ul', children: items }, next: i };
  }
}

// ---------------------------------------------------------------------------------------------
// Inline

interface Delim {
  kind: 'delim';
  char: '*' | '_';
  count: number;
  orig: number;
  canOpen: boolean;
  canClose: boolean;
}
interface Bracket {
  kind: 'bracket';
  active: boolean;
}
interface NodeItem {
  kind: 'node';
  node: HtmlNode;
}
type Item = Delim | Bracket | NodeItem;

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const isSpace = (c: string): boolean => /\s/u.test(c);
const isPunct = (c: string): boolean => /[\p{P}\p{S}]/u.test(c);

function parseInline(src: string): HtmlNode[] {
  const items: Item[] = [];
  let text = '';
  const flush = (): void => {
    if (text) items.push({ kind: 'node', node: { type: 'text', text } });
    text = '';
  };
  const openBracket = (): boolean => items.some((it) => it.kind === 'bracket' && it.active);
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1];
      if (next === '\n') {
        flush();
        items.push({ kind: 'node', node: { type: 'br' } });
        i += 2;
      } else if (next !== undefined && ASCII_PUNCT.test(next)) {
        text += next;
        i += 2;
      } else {
        text += c;
        i++;
      }
      continue;
    }
    if (c === '\n') {
      let spaces = 0;
      while (text[text.length - 1 - spaces] === ' ') spaces++;
      text = text.slice(0, text.length - spaces);
      if (spaces >= 2) {
        flush();
        items.push({ kind: 'node', node: { type: 'br' } });
      } else text += '\n';
      i++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(src.slice(i))![0].length;
      const close = findBacktickRun(src, i + run, run);
      if (close < 0) {
        text += '`'.repeat(run);
        i += run;
        continue;
      }
      let code = src.slice(i + run, close).replace(/\n/g, ' ');
      if (/^ .* $/s.test(code) && /[^ ]/.test(code)) code = code.slice(1, -1);
      flush();
      items.push({ kind: 'node', node: { type: 'code', children: [{ type: 'text', text: code }] } });
      i = close + run;
      continue;
    }
    if (c === '*' || c === '_') {
      const run = c === '*' ? /^\*+/.exec(src.slice(i))![0].length : /^_+/.exec(src.slice(i))![0].length;
      const before = i === 0 ? ' ' : src[i - 1]!;
      const after = src[i + run] ?? ' ';
      const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
      const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
      flush();
      items.push({
        kind: 'delim',
        char: c,
        count: run,
        orig: run,
        canOpen: c === '*' ? left : left && (!right || isPunct(before)),
        canClose: c === '*' ? right : right && (!left || isPunct(after)),
      });
      i += run;
      continue;
    }
    if (c === '[') {
      flush();
      items.push({ kind: 'bracket', active: true });
      i++;
      continue;
    }
    if (c === ']') {
      flush();
      i = closeBracket(src, i, items);
      continue;
    }
    if (c === '<') {
      const auto = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*)>/.exec(src.slice(i, i + 2100));
      if (auto) {
        flush();
        const href = safeHref(auto[1]!);
        items.push({
          kind: 'node',
          node: href ? { type: 'a', href, children: [{ type: 'text', text: auto[1]! }] } : { type: 'text', text: auto[0] },
        });
        i += auto[0].length;
        continue;
      }
    }
    if (c === '&') {
      const e = readEntity(src, i);
      if (e) {
        text += e.char;
        i += e.length;
        continue;
      }
    }
    if (
      (c === 'h' || c === 'H') &&
      /^https?:\/\//i.test(src.slice(i, i + 8)) &&
      (i === 0 || /[\s*_~(]/.test(src[i - 1]!)) &&
      !openBracket()
    ) {
      const url = bareUrl(src, i);
      const href = url ? safeHref(url) : null;
      if (url && href) {
        flush();
        items.push({ kind: 'node', node: { type: 'a', href, children: [{ type: 'text', text: url }] } });
        i += url.length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  processEmphasis(items);
  return toNodes(items);
}

function findBacktickRun(src: string, from: number, length: number): number {
  let i = from;
  while (i < src.length) {
    const at = src.indexOf('`', i);
    if (at < 0) return -1;
    const run = /^`+/.exec(src.slice(at))![0].length;
    if (run === length) return at;
    i = at + run;
  }
  return -1;
}

/** A bare http(s) address at `at`, less the trailing punctuation GitHub leaves out of its autolinks. */
function bareUrl(src: string, at: number): string | null {
  const m = /^https?:\/\/[a-zA-Z0-9][^\s<]*/i.exec(src.slice(at, at + 2100));
  if (!m) return null;
  let url = m[0];
  for (;;) {
    if (/[?!.,:*_~'"]$/.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && (url.match(/\)/g) ?? []).length > (url.match(/\(/g) ?? []).length) url = url.slice(0, -1);
    else if (/&[a-zA-Z0-9]+;$/.test(url)) url = url.replace(/&[a-zA-Z0-9]+;$/, '');
    else break;
  }
  return /^https?:\/\/[a-zA-Z0-9]/i.test(url) ? url : null;
}

/** Handles ']' at `at`: a link if an open bracket and a destination go with it. Returns where to go on. */
function closeBracket(src: string, at: number, items: Item[]): number {
  let k = items.length - 1;
  while (k >= 0 && items[k]!.kind !== 'bracket') k--;
  if (k < 0) {
    items.push({ kind: 'node', node: { type: 'text', text: ']' } });
    return at + 1;
  }
  const opener = items[k] as Bracket;
  const dest = opener.active ? linkTail(src, at + 1) : null;
  if (!dest) {
    items[k] = { kind: 'node', node: { type: 'text', text: '[' } };
    items.push({ kind: 'node', node: { type: 'text', text: ']' } });
    return at + 1;
  }
  const inner = items.splice(k + 1);
  items.pop();
  processEmphasis(inner);
  const children = toNodes(inner);
  const href = safeHref(dest.href);
  if (href) {
    items.push({ kind: 'node', node: { type: 'a', href, children } });
    // No links inside links: earlier brackets can no longer make one.
    for (const it of items) if (it.kind === 'bracket') it.active = false;
  } else {
    for (const node of children) items.push({ kind: 'node', node });
  }
  return dest.end;
}

/** An inline link's "(destination "title")" starting at `at`, if there is one. */
function linkTail(src: string, at: number): { href: string; end: number } | null {
  if (src[at] !== '(') return null;
  let i = at + 1;
  const skipWs = (): void => {
    while (i < src.length && /[ \t\n]/.test(src[i]!)) i++;
  };
  skipWs();
  let href = '';
  if (src[i] === '<') {
    i++;
    for (;;) {
      const c = src[i];
      if (c === undefined || c === '\n' || c === '<') return null;
      if (c === '>') {
        i++;
        break;
      }
      if (c === '\\' && src[i + 1] !== undefined && ASCII_PUNCT.test(src[i + 1]!)) {
        href += src[i + 1];
        i += 2;
      } else {
        href += c;
        i++;
      }
    }
  } else {
    let depth = 0;
    while (i < src.length) {
      const c = src[i]!;
      if (/[\s\u0000-\u001f]/.test(c)) break;
      if (c === '\\' && src[i + 1] !== undefined && ASCII_PUNCT.test(src[i + 1]!)) {
        href += src[i + 1];
        i += 2;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
      href += c;
      i++;
    }
    if (depth !== 0) return null;
  }
  const beforeTitle = i;
  skipWs();
  const q = src[i];
  if (i > beforeTitle && (q === '"' || q === "'" || q === '(')) {
    const close = q === '(' ? ')' : q;
    let j = i + 1;
    while (j < src.length && src[j] !== close) j += src[j] === '\\' ? 2 : 1;
    if (j >= src.length) return null;
    i = j + 1;
    skipWs();
  }
  if (src[i] !== ')') return null;
  return { href: decodeEntities(href), end: i + 1 };
}

/** CommonMark's "process emphasis" over a run of items, in place. */
function processEmphasis(items: Item[]): void {
  const bottoms = new Map<string, Item | null>();
  let ci = 0;
  while (ci < items.length) {
    const closer = items[ci]!;
    if (closer.kind !== 'delim' || !closer.canClose || closer.count === 0) {
      ci++;
      continue;
    }
    const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.orig % 3}`;
    const bottom = bottoms.get(key) ?? null;
    let found = -1;
    for (let oi = ci - 1; oi >= 0 && items[oi] !== bottom; oi--) {
      const o = items[oi]!;
      if (o.kind !== 'delim' || o.char !== closer.char || !o.canOpen || o.count === 0) continue;
      const oddMatch = (o.canClose || closer.canOpen) && (o.orig + closer.orig) % 3 === 0 && !(o.orig % 3 === 0 && closer.orig % 3 === 0);
      if (!oddMatch) {
        found = oi;
        break;
      }
    }
    if (found < 0) {
      bottoms.set(key, items[ci - 1] ?? null);
      if (!closer.canOpen) closer.canClose = false;
      ci++;
      continue;
    }
    const opener = items[found] as Delim;
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const children = toNodes(items.slice(found + 1, ci));
    opener.count -= use;
    closer.count -= use;
    items.splice(found + 1, ci - found - 1, { kind: 'node', node: { type: use === 2 ? 'strong' : 'em', children } });
    ci = found + 2;
    if (opener.count === 0) {
      items.splice(found, 1);
      ci--;
    }
    if (closer.count === 0) items.splice(ci, 1);
  }
}

function toNodes(items: Item[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const it of items) {
    if (it.kind === 'node') out.push(it.node);
    else if (it.kind === 'bracket') out.push({ type: 'text', text: '[' });
    else if (it.count > 0) out.push({ type: 'text', text: it.char.repeat(it.count) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

interface WriteState {
  lineStart: boolean;
}

/** A piece of written Markdown; an emphasis delimiter knows its element and whether it opens it. */
interface Piece {
  s: string;
  delim?: { el: ElementNode; open: boolean };
  /** The content of a code span, so two spans meeting (which Markdown cannot keep apart) become one. */
  code?: string;
}

/** How to write emphasis: all of it, only what CommonMark cannot pair otherwise, or none. */
type Mode = 'full' | 'unambiguous' | 'plain';

function codeSpan(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(code) || /^ .* $/s.test(code) ? ' ' : '';
  return fence + pad + code + pad + fence;
}

const isBlockNode = (n: HtmlNode): n is ElementNode => n.type === 'p' || n.type === 'ul' || n.type === 'ol';

export function renderMarkdown(nodes: HtmlNode[]): string {
  const blocks: HtmlNode[][] = nodes.some(isBlockNode) ? nodes.map((n) => [n]) : [nodes];
  return blocks
    .map((block) => {
      // Emphasis CommonMark would pair otherwise is written more carefully, then not at all: the text always comes back.
      for (const mode of ['full', 'unambiguous'] as const) {
        const dropped = new Set<ElementNode>();
        const md = renderBlock(block, mode, dropped);
        if (markdownToHtml(md) === renderHtml(canonical(unwrap(block, dropped)))) return md;
      }
      return renderBlock(block, 'plain', new Set());
    })
    .join('\n\n');
}

function renderBlock(block: HtmlNode[], mode: Mode, dropped: Set<ElementNode>): string {
  const only = block[0];
  if (block.length === 1 && only && (only.type === 'ul' || only.type === 'ol')) return renderList(only, mode, dropped);
  const inline = block.length === 1 && only?.type === 'p' ? only.children : block;
  return renderInline(inline, { lineStart: true }, mode, dropped);
}

/** The tree with the given elements replaced by their content. */
function unwrap(nodes: HtmlNode[], dropped: Set<ElementNode>): HtmlNode[] {
  return nodes.flatMap((n): HtmlNode[] => {
    if (n.type === 'text' || n.type === 'br') return [n];
    const children = unwrap(n.children, dropped);
    return dropped.has(n) ? children : [{ ...n, children }];
  });
}

function renderList(list: ElementNode, mode: Mode, dropped: Set<ElementNode>): string {
  return list.children
    .map((li, k) => {
      const marker = list.type === 'ul' ? '- ' : `${k + 1}. `;
      const pad = ' '.repeat(marker.length);
      return renderItem((li as ElementNode).children, mode, dropped)
        .split('\n')
        .map((line, j) => (j === 0 ? marker + line : line === '' ? '' : pad + line))
        .join('\n');
    })
    .join('\n');
}

function renderItem(children: HtmlNode[], mode: Mode, dropped: Set<ElementNode>): string {
  let out = '';
  let run: HtmlNode[] = [];
  let last: 'none' | 'inline' | 'list' = 'none';
  const endRun = (): void => {
    if (run.length === 0) return;
    out += (last === 'list' ? '\n\n' : '') + renderInline(run, { lineStart: true }, mode, dropped);
    last = 'inline';
    run = [];
  };
  for (const node of children) {
    if (node.type === 'ul' || node.type === 'ol') {
      endRun();
      out += (last === 'none' ? '' : '\n') + renderList(node, mode, dropped);
      last = 'list';
    } else run.push(node);
  }
  endRun();
  return out;
}

/**
 * Inline content as Markdown. Emphasis whose delimiters CommonMark would not read as opening or
 * closing (a `*` between a letter and punctuation) is left out, keeping its text.
 */
function renderInline(nodes: HtmlNode[], state: WriteState, mode: Mode, dropped: Set<ElementNode>): string {
  for (;;) {
    const pieces: Piece[] = [];
    const local = { ...state };
    collect(nodes, local, pieces, dropped, mode);
    const bad = badDelimiters(pieces, mode === 'unambiguous');
    if (bad.size === 0) {
      state.lineStart = local.lineStart;
      return pieces.map((p) => p.s).join('');
    }
    for (const el of bad) dropped.add(el);
  }
}

function collect(nodes: HtmlNode[], state: WriteState, out: Piece[], dropped: Set<ElementNode>, mode: Mode): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push({ s: escapeText(node.text, state) });
    else if (node.type === 'br') {
      out.push({ s: '\\\n' });
      state.lineStart = true;
    } else if (node.type === 'strong' || node.type === 'em') {
      if (mode === 'plain' || dropped.has(node)) {
        collect(node.children, state, out, dropped, mode);
        continue;
      }
      const mark = node.type === 'strong' ? '**' : '*';
      state.lineStart = false;
      out.push({ s: mark, delim: { el: node, open: true } });
      collect(node.children, state, out, dropped, mode);
      out.push({ s: mark, delim: { el: node, open: false } });
      state.lineStart = false;
    } else if (node.type === 'code') {
      const code = node.children.map((c) => (c.type === 'text' ? c.text : '')).join('');
      const last = out[out.length - 1];
      if (last?.code !== undefined) out[out.length - 1] = { s: codeSpan(last.code + code), code: last.code + code };
      else out.push({ s: codeSpan(code), code });
      state.lineStart = false;
    } else if (node.type === 'a') {
      const href = node.href ?? '';
      const first = node.children[0];
      const only = node.children.length === 1 && first?.type === 'text' ? first.text : null;
      state.lineStart = false;
      if (only === href && /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*$/.test(href)) {
        out.push({ s: `<${href}>` });
        continue;
      }
      const escaped = href.replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
      out.push({ s: '[' });
      collect(node.children, state, out, dropped, mode);
      out.push({ s: `](${/[()]/.test(href) ? `<${escaped}>` : escaped})` });
      state.lineStart = false;
    } else {
      collect(node.children, state, out, dropped, mode);
    }
  }
}

/** Emphasis elements whose delimiter runs CommonMark would not read as the opening and closing they are. */
function badDelimiters(pieces: Piece[], strict: boolean): Set<ElementNode> {
  const bad = new Set<ElementNode>();
  const full = pieces.map((p) => p.s).join('');
  const offsets: number[] = [];
  let at = 0;
  for (const p of pieces) {
    offsets.push(at);
    at += p.s.length;
  }
  offsets.push(at);
  let k = 0;
  while (k < pieces.length) {
    if (!pieces[k]!.delim) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < pieces.length && pieces[end + 1]!.delim) end++;
    const run = pieces.slice(k, end + 1);
    const before = full[offsets[k]! - 1] ?? ' ';
    const after = full[offsets[end + 1]!] ?? ' ';
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const opens = run.filter((p) => p.delim!.open);
    const closes = run.filter((p) => !p.delim!.open);
    // Strictly, a run that could both open and close is avoided: CommonMark may pair it the other way.
    if (strict && left && right) for (const p of run) bad.add(p.delim!.el);
    if (!left) for (const p of opens) bad.add(p.delim!.el);
    if (!right) for (const p of closes) bad.add(p.delim!.el);
    k = end + 1;
  }
  return bad;
}

function escapeText(text: string, state: WriteState): string {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\n') {
      out += '\n';
      state.lineStart = true;
      continue;
    }
    if (state.lineStart) {
      state.lineStart = false;
      if (ch === '#' || ch === '-' || ch === '+' || ch === '=') {
        out += '\\' + ch;
        continue;
      }
      const number = /^\d{1,9}[.)]/.exec(text.slice(k, k + 11));
      if (number) {
        out += number[0].slice(0, -1) + '\\' + number[0].slice(-1);
        k += number[0].length - 1;
        continue;
      }
    }
    if ('\\`*_[]<>&|~'.includes(ch)) out += '\\' + ch;
    else if (ch === ':' && text.startsWith('//', k + 1)) out += '\\:';
    else out += ch;
  }
  return out;
}
