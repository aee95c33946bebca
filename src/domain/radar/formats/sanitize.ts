import { decodeEntities } from './entities.js';

/**
 * The HTML a radar description may hold, made safe and canonical: an allow-list sanitiser written
 * here (no dependency, deterministic, and small enough to read in one sitting).
 *
 * What comes out is built only from p, br, strong, em, code, ul, ol, li and a[href] (http, https
 * or mailto, with rel="noopener noreferrer"), with every text escaped, so it is safe to put into a
 * page whatever came in: script, style, iframe, svg, math, template and the like go with their
 * content; comments, CDATA and processing instructions go; every attribute but a link's href goes
 * (event handlers, style, src); a javascript:, data: or relative link keeps its text and loses the
 * link. Other tags are unwrapped (their text kept): b and i become strong and em, tt and kbd become
 * code, headings become bold paragraphs, and div, section, blockquote, table rows and the like
 * become paragraphs. Unclosed and misnested tags are closed where their block ends.
 *
 * Basic formatting is kept rather than reducing descriptions to plain text, since BYOR's and
 * Backstage's descriptions use paragraphs, lists, emphasis and links to say what they mean.
 *
 * The result is canonical, so sanitising twice changes nothing and two descriptions can be compared
 * as strings, and so it converts to Markdown and back (./markdown.ts). Only changes a browser would
 * not show (or hardly) are made for that: whitespace around line breaks collapses to one newline,
 * whitespace at the edges of paragraphs, list items and the whole is trimmed, leading and trailing
 * spaces move out of strong, em and links, empty elements go, adjacent strong, em or code merge, a
 * lone paragraph is unwrapped, text beside paragraphs or lists becomes a paragraph, paragraphs in a
 * list item become lines, two lists of a kind side by side become one, and code is one line of
 * text. Elements nested deeper than 24 levels keep only their text, so no input exhausts the stack.
 */

export type ElementType = 'p' | 'ul' | 'ol' | 'li' | 'strong' | 'em' | 'code' | 'a';
export interface TextNode {
  type: 'text';
  text: string;
}
export interface BreakNode {
  type: 'br';
}
export interface ElementNode {
  type: ElementType;
  /** Only on a: a safe address. */
  href?: string;
  children: HtmlNode[];
}
export type HtmlNode = TextNode | BreakNode | ElementNode;

type Kind = ElementType | 'root';
const INLINE = new Set<string>(['strong', 'em', 'code', 'a']);

/** Elements whose content is text up to their end tag, dropped with it. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title', 'plaintext']);
/** Elements dropped with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'svg',
  'math',
  'template',
  'object',
  'applet',
  'select',
  'head',
  'video',
  'audio',
  'canvas',
  'frameset',
]);
const INLINE_MAP: Record<string, 'strong' | 'em' | 'code' | 'a'> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  code: 'code',
  tt: 'code',
  kbd: 'code',
  samp: 'code',
  a: 'a',
};
/** Tags that end a paragraph and start another. */
const PARAGRAPH_LIKE = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'address',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const HEADING = /^h[1-6]$/;

// ---------------------------------------------------------------------------------------------
// Tokens

interface StartTag {
  name: string;
  attrs: Map<string, string>;
}

interface TokenSink {
  text(text: string): void;
  start(tag: StartTag): void;
  end(name: string): void;
}

/** Splits HTML into text, start tags and end tags; skips comments, CDATA, doctypes and raw-text elements with their content. */
function tokenize(html: string, sink: TokenSink): void {
  let i = 0;
  const n = html.length;
  let textFrom = 0;
  const flush = (to: number): void => {
    if (to > textFrom) sink.text(decodeEntities(html.slice(textFrom, to)));
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flush(lt);
      const close = html.indexOf('-->', lt + 4);
      i = textFrom = close < 0 ? n : close + 3;
    } else if (next === '!' || next === '?') {
      // CDATA, doctype and processing instructions are bogus comments in HTML: gone, up to the next '>'.
      flush(lt);
      const end = html.startsWith('<![CDATA[', lt) ? html.indexOf(']]>', lt) : -1;
      const close = end >= 0 ? end + 2 : html.indexOf('>', lt);
      i = textFrom = close < 0 ? n : close + 1;
    } else if (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? '')) {
      flush(lt);
      const m = /^<\/([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
      const close = html.indexOf('>', lt);
      i = textFrom = close < 0 ? n : close + 1;
      if (m && close >= 0) sink.end(m[1]!.toLowerCase());
    } else if (/[a-zA-Z]/.test(next)) {
      flush(lt);
      const tag = readStartTag(html, lt);
      if (!tag) {
        // A tag cut off by the end of the text is dropped, as a browser would.
        i = textFrom = n;
        break;
      }
      i = textFrom = tag.end;
      if (RAW_TEXT.has(tag.tag.name)) {
        i = textFrom = skipRawText(html, tag.end, tag.tag.name);
      } else {
        sink.start(tag.tag);
      }
    } else {
      i = lt + 1;
    }
  }
  flush(n);
}

function readStartTag(html: string, at: number): { tag: StartTag; end: number } | null {
  let i = at + 1;
  const n = html.length;
  let name = '';
  while (i < n && !/[\s/>]/.test(html[i]!)) name += html[i++];
  const attrs = new Map<string, string>();
  for (;;) {
    while (i < n && /[\s/]/.test(html[i]!)) i++;
    if (i >= n) return null;
    if (html[i] === '>') return { tag: { name: name.toLowerCase(), attrs }, end: i + 1 };
    let attr = '';
    // An attribute name runs to whitespace, '/', '>' or '=' (a leading '=' belongs to it, as in browsers).
    do attr += html[i++];
    while (i < n && !/[\s/>=]/.test(html[i]!));
    while (i < n && /\s/.test(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && /\s/.test(html[i]!)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        while (i < n && !/[\s>]/.test(html[i]!)) value += html[i++];
      }
    }
    const key = attr.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, decodeEntities(value));
  }
}

function skipRawText(html: string, from: number, name: string): number {
  if (name === 'plaintext') return html.length;
  const lower = html.toLowerCase();
  let at = from;
  for (;;) {
    const close = lower.indexOf(`</${name}`, at);
    if (close < 0) return html.length;
    const after = lower[close + 2 + name.length];
    if (after === undefined || /[\s/>]/.test(after)) {
      const gt = html.indexOf('>', close);
      return gt < 0 ? html.length : gt + 1;
    }
    at = close + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Links

/**
 * A link's address if it is http(s) with a host or mailto, else null. Spaces and the characters
 * that would need quoting in HTML or Markdown are percent-encoded; control characters refuse it.
 */
export function safeHref(raw: string): string | null {
  const value = raw.trim();
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const href = value.replace(/[\s"'<>`\\^{|}]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  if (href.length > 2000) return null;
  if (/^mailto:/i.test(href)) return href.length > 7 ? href : null;
  if (!/^https?:\/\//i.test(href)) return null;
  try {
    return new URL(href).hostname ? href : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Tree

interface Frame {
  /** The element content goes into; null for a transparent frame (content goes to the parent). */
  node: ElementNode | null;
  kind: Kind;
  /** What closes it: the canonical inline type, or the block tag name as written. */
  closes: string;
}

class TreeBuilder implements TokenSink {
  readonly root: ElementNode = { type: 'p', children: [] };
  private readonly stack: Frame[] = [{ node: this.root, kind: 'root', closes: '#root' }];
  private dropping: { name: string; depth: number } | null = null;

  private container(): ElementNode {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const node = this.stack[k]!.node;
      if (node) return node;
    }
    return this.root;
  }

  private containerKind(): Kind {
    for (let k = this.stack.length - 1; k >= 0; k--) if (this.stack[k]!.node) return this.stack[k]!.kind;
    return 'root';
  }

  /** Index of the nearest frame of a kind, not looking past a frame of a stop kind. */
  private find(kinds: Set<Kind>, stop: Set<Kind>): number {
    for (let k = this.stack.length - 1; k > 0; k--) {
      const f = this.stack[k]!;
      if (kinds.has(f.kind)) return k;
      if (stop.has(f.kind)) return -1;
    }
    return -1;
  }

  private popTo(index: number): void {
    this.stack.length = index;
  }

  /** Makes sure inline content may go here: inside a list it needs a list item. */
  private inlineContext(whitespaceOnly: boolean): boolean {
    const kind = this.containerKind();
    if (kind === 'ul' || kind === 'ol') {
      if (whitespaceOnly) return false;
      this.openElement('li', 'li', '#implicit');
    }
    return true;
  }

  private openElement(type: ElementType, kind: Kind, closes: string, href?: string): ElementNode {
    const node: ElementNode = href === undefined ? { type, children: [] } : { type, href, children: [] };
    this.container().children.push(node);
    this.stack.push({ node, kind, closes });
    return node;
  }

  /** Closes inline frames and any open paragraph, down to the nearest list item, list or the root. */
  private closeParagraph(): void {
    while (this.stack.length > 1) {
      const top = this.stack[this.stack.length - 1]!;
      if (top.kind === 'li' || top.kind === 'ul' || top.kind === 'ol' || top.kind === 'root') return;
      this.stack.pop();
    }
  }

  text(text: string): void {
    if (this.dropping) return;
    if (!this.inlineContext(/^[ \t\n\r\f]*$/.test(text))) return;
    this.container().children.push({ type: 'text', text });
  }

  start(tag: StartTag): void {
    const { name } = tag;
    if (this.dropping) {
      if (name === this.dropping.name) this.dropping.depth++;
      return;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      this.dropping = { name, depth: 1 };
      return;
    }
    if (name === 'br') {
      if (this.inlineContext(false)) this.container().children.push({ type: 'br' });
      return;
    }
    if (name === 'hr') {
      this.closeParagraph();
      return;
    }
    const inline = INLINE_MAP[name];
    if (inline) return this.startInline(inline, tag);
    if (name === 'ul' || name === 'ol') return this.startList(name);
    if (name === 'li') return this.startItem();
    if (PARAGRAPH_LIKE.has(name)) return this.startParagraph(name);
    // Anything else is unwrapped: its tags go, its text stays.
  }

  private startInline(type: 'strong' | 'em' | 'code' | 'a', tag: StartTag): void {
    const blockStop = new Set<Kind>(['p', 'li', 'ul', 'ol', 'root']);
    if (type === 'a') {
      // A link inside a link ends the outer one, as in browsers.
      const open = this.find(new Set<Kind>(['a']), blockStop);
      if (open > 0) this.popTo(open);
      const href = safeHref(tag.attrs.get('href') ?? '');
      if (href === null) {
        this.stack.push({ node: null, kind: 'a', closes: 'a' });
        return;
      }
      this.inlineContext(false);
      this.openElement('a', 'a', 'a', href);
      return;
    }
    if (type === 'code' && this.find(new Set<Kind>(['code']), blockStop) > 0) {
      this.stack.push({ node: null, kind: 'code', closes: 'code' });
      return;
    }
    this.inlineContext(false);
    this.openElement(type, type, type);
  }

  private startList(name: 'ul' | 'ol'): void {
    this.closeParagraph();
    const kind = this.containerKind();
    if (kind === 'ul' || kind === 'ol') {
      // A list straight inside a list goes into the item before it, or a new one.
      const list = this.container();
      const last = list.children[list.children.length - 1];
      if (last && last.type === 'li') this.stack.push({ node: last, kind: 'li', closes: '#reopened' });
      else this.openElement('li', 'li', '#implicit');
    }
    this.openElement(name, name, name);
  }

  private startItem(): void {
    const list = this.find(new Set<Kind>(['ul', 'ol']), new Set<Kind>());
    if (list > 0) {
      this.popTo(list + 1);
    } else {
      this.closeParagraph();
      this.openElement('ul', 'ul', '#implicit');
    }
    this.openElement('li', 'li', 'li');
  }

  private startParagraph(name: string): void {
    this.closeParagraph();
    const kind = this.containerKind();
    if (kind === 'li' || kind === 'ul' || kind === 'ol') {
      // No paragraphs in list items: the text goes on, on a new line.
      if (kind !== 'li') this.openElement('li', 'li', '#implicit');
      const li = this.container();
      if (li.children.length > 0) li.children.push({ type: 'text', text: '\n' });
      this.stack.push({ node: null, kind: 'p', closes: name });
      return;
    }
    this.openElement('p', 'p', name);
    if (HEADING.test(name)) this.openElement('strong', 'strong', `${name}#strong`);
  }

  end(name: string): void {
    if (this.dropping) {
      if (name === this.dropping.name && --this.dropping.depth === 0) this.dropping = null;
      return;
    }
    const inline = INLINE_MAP[name];
    if (inline) {
      const blockStop = new Set<Kind>(['p', 'li', 'ul', 'ol', 'root']);
      for (let k = this.stack.length - 1; k > 0; k--) {
        const f = this.stack[k]!;
        if (f.closes === inline) return this.popTo(k);
        if (blockStop.has(f.kind)) return;
      }
      return;
    }
    if (name === 'li') {
      const at = this.find(new Set<Kind>(['li']), new Set<Kind>(['ul', 'ol']));
      if (at > 0) this.popTo(at);
      return;
    }
    if (name === 'ul' || name === 'ol') {
      for (let k = this.stack.length - 1; k > 0; k--) if (this.stack[k]!.closes === name) return this.popTo(k);
      return;
    }
    if (PARAGRAPH_LIKE.has(name)) {
      for (let k = this.stack.length - 1; k > 0; k--) {
        const f = this.stack[k]!;
        if (f.kind === 'p' && f.closes === name) return this.popTo(k);
        if (f.kind === 'li' || f.kind === 'ul' || f.kind === 'ol') return;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Canonical form

function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
}

/** Text and line breaks in a row, merged, with whitespace around newlines and line breaks collapsed. */
function tidyInline(nodes: HtmlNode[], anc: Ancestors): HtmlNode[] {
  const merged: HtmlNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else if (node.type === 'text') merged.push({ type: 'text', text: node.text });
    else if (last && isMergeable(last, node)) {
      // Adjacent strong, em or code are one element.
      const joined = normElement(
        { ...(last as ElementNode), children: [...(last as ElementNode).children, ...(node as ElementNode).children] },
        anc,
      );
      merged.pop();
      for (const j of joined) {
        const prev = merged[merged.length - 1];
        if (j.type === 'text' && prev?.type === 'text') prev.text += j.text;
        else merged.push(j);
      }
    } else merged.push(node);
  }
  for (const node of merged) if (node.type === 'text') node.text = node.text.replace(/[ \t]*\n[ \t\n]*/g, '\n');
  for (let k = 0; k < merged.length; k++) {
    if (merged[k]!.type !== 'br') continue;
    const before = merged[k - 1];
    const after = merged[k + 1];
    if (before?.type === 'text') before.text = before.text.replace(/[ \t\n]+$/, '');
    if (after?.type === 'text') after.text = after.text.replace(/^[ \t\n]+/, '');
  }
  return merged.filter((n) => n.type !== 'text' || n.text !== '');
}

function isMergeable(a: HtmlNode, b: HtmlNode): boolean {
  // Links stay apart: Markdown keeps [a](u)[b](u) apart too, and merging could change what their emphasis meets.
  return (
    a.type !== 'text' &&
    a.type !== 'br' &&
    b.type !== 'text' &&
    b.type !== 'br' &&
    a.type !== 'a' &&
    INLINE.has(a.type) &&
    a.type === b.type
  );
}

interface Ancestors {
  strong: boolean;
  em: boolean;
  a: boolean;
}

/** Canonical inline content: the nodes that replace `nodes`. */
function normInline(nodes: HtmlNode[], anc: Ancestors): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', text: cleanText(node.text) });
    else if (node.type === 'br') out.push(node);
    else if (INLINE.has(node.type)) out.push(...normElement(node, anc));
    else out.push(...normInline(node.children, anc));
  }
  return tidyInline(out, anc);
}

function normElement(node: ElementNode, anc: Ancestors): HtmlNode[] {
  if (node.type === 'code') {
    const text = flatText(node.children)
      .replace(/\r\n?|\n/g, ' ')
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    return /^[ \t]*$/.test(text) ? [] : [{ type: 'code', children: [{ type: 'text', text }] }];
  }
  const type = node.type as 'strong' | 'em' | 'a';
  if (anc[type]) return normInline(node.children, anc);
  let children = normInline(node.children, { ...anc, [type]: true });
  // Leading and trailing whitespace and line breaks move out.
  const before: HtmlNode[] = [];
  const after: HtmlNode[] = [];
  while (children.length > 0) {
    const first = children[0]!;
    if (first.type === 'br') {
      before.push(first);
      children = children.slice(1);
    } else if (first.type === 'text' && /^[ \t\n]/.test(first.text)) {
      const ws = /^[ \t\n]+/.exec(first.text)![0];
      before.push({ type: 'text', text: ws });
      const rest = first.text.slice(ws.length);
      children = rest ? [{ type: 'text', text: rest }, ...children.slice(1)] : children.slice(1);
    } else break;
  }
  while (children.length > 0) {
    const last = children[children.length - 1]!;
    if (last.type === 'br') {
      after.unshift(last);
      children = children.slice(0, -1);
    } else if (last.type === 'text' && /[ \t\n]$/.test(last.text)) {
      const ws = /[ \t\n]+$/.exec(last.text)![0];
      after.unshift({ type: 'text', text: ws });
      const rest = last.text.slice(0, -ws.length);
      children = rest ? [...children.slice(0, -1), { type: 'text', text: rest }] : children.slice(0, -1);
    } else break;
  }
  if (children.length === 0) return [...before, ...after];
  // Bold italic is written em(strong(…)), as Markdown's ***…*** reads.
  if (type === 'strong' && children.length === 1 && children[0]!.type === 'em') {
    const em = children[0] as ElementNode;
    return [...before, ...normElement({ type: 'em', children: [{ type: 'strong', children: em.children }] }, anc), ...after];
  }
  const el: ElementNode = type === 'a' ? { type, href: node.href!, children } : { type, children };
  return [...before, el, ...after];
}

/** Trims whitespace and line breaks at the edges of inline content. */
function trimEdges(nodes: HtmlNode[]): HtmlNode[] {
  const out = [...nodes];
  for (;;) {
    const first = out[0];
    if (first?.type === 'br') out.shift();
    else if (first?.type === 'text' && /^[ \t\n]/.test(first.text)) {
      const text = first.text.replace(/^[ \t\n]+/, '');
      if (text) out[0] = { type: 'text', text };
      else out.shift();
    } else break;
  }
  for (;;) {
    const last = out[out.length - 1];
    if (last?.type === 'br') out.pop();
    else if (last?.type === 'text' && /[ \t\n]$/.test(last.text)) {
      const text = last.text.replace(/[ \t\n]+$/, '');
      if (text) out[out.length - 1] = { type: 'text', text };
      else out.pop();
    } else break;
  }
  return out;
}

const isBlock = (n: HtmlNode): n is ElementNode => n.type === 'p' || n.type === 'ul' || n.type === 'ol';

/** Splits content into runs of inline nodes and single blocks, each run canonical and trimmed. */
function runs(nodes: HtmlNode[], onBlock: (b: ElementNode) => HtmlNode[]): HtmlNode[][] {
  const parts: HtmlNode[][] = [];
  let run: HtmlNode[] = [];
  const endRun = (): void => {
    const inline = trimEdges(normInline(run, { strong: false, em: false, a: false }));
    if (inline.length > 0) parts.push(inline);
    run = [];
  };
  for (const node of nodes) {
    if (isBlock(node)) {
      endRun();
      const block = onBlock(node);
      if (block.length > 0) parts.push(block);
    } else run.push(node);
  }
  endRun();
  return parts;
}

function normList(list: ElementNode): HtmlNode[] {
  const items: HtmlNode[] = [];
  for (const child of list.children) {
    if (child.type !== 'li') continue;
    const content = normItem(child.children);
    if (content.length > 0) items.push({ type: 'li', children: content });
  }
  return items.length > 0 ? [{ type: list.type, children: items }] : [];
}

/** A list item holds inline content and lists; its paragraphs are unwrapped onto new lines. */
function normItem(nodes: HtmlNode[]): HtmlNode[] {
  const flat: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.type === 'p') {
      if (flat.length > 0 && !isBlock(flat[flat.length - 1]!)) flat.push({ type: 'text', text: '\n' });
      flat.push(...node.children);
    } else flat.push(node);
  }
  return joinLists(runs(flat, normList).flat());
}

/** Two lists of the same kind side by side are one list (Markdown could not keep them apart). */
function joinLists(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && (node.type === 'ul' || node.type === 'ol') && last.type === node.type) {
      out[out.length - 1] = { type: node.type, children: [...last.children, ...node.children] };
    } else out.push(node);
  }
  return out;
}

function normRoot(nodes: HtmlNode[]): HtmlNode[] {
  const hasBlock = nodes.some(isBlock);
  if (!hasBlock) return trimEdges(normInline(nodes, { strong: false, em: false, a: false }));
  const parts = runs(nodes, (b) =>
    b.type === 'p' ? trimEdges(normInline(b.children, { strong: false, em: false, a: false })) : normList(b),
  );
  // Every run of inline content beside a block is a paragraph of its own.
  let blocks: HtmlNode[] = parts.map((part) =>
    part.length === 1 && (part[0]!.type === 'ul' || part[0]!.type === 'ol') ? part[0]! : ({ type: 'p', children: part } as ElementNode),
  );
  blocks = joinLists(blocks);
  if (blocks.length === 1 && blocks[0]!.type === 'p') return (blocks[0] as ElementNode).children;
  return blocks;
}

/** Parses and canonicalises HTML into the allowed tree. */
export function parseHtmlFragment(html: string): HtmlNode[] {
  const builder = new TreeBuilder();
  tokenize(cleanText(html), builder);
  return canonical(builder.root.children);
}

/** How deep elements may nest; deeper ones keep only their text, so no input can exhaust the stack. */
const MAX_DEPTH = 24;

function limitDepth(nodes: HtmlNode[], depth: number): HtmlNode[] {
  return nodes.flatMap((n): HtmlNode[] => {
    if (n.type === 'text' || n.type === 'br') return [n];
    if (depth >= MAX_DEPTH) return [{ type: 'text', text: flatText(n.children) }];
    return [{ ...n, children: limitDepth(n.children, depth + 1) }];
  });
}

/** The text of a tree of any depth, without recursion. */
function flatText(nodes: HtmlNode[]): string {
  let out = '';
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.text;
    else if (n.type === 'br') out += '\n';
    else {
      if (n.type === 'p' || n.type === 'li') out += '\n';
      for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k]!);
    }
  }
  return out;
}

/** The canonical form of a tree (of allowed nodes); applying it twice changes nothing. */
export function canonical(nodes: HtmlNode[]): HtmlNode[] {
  return normRoot(limitDepth(nodes, 0));
}

// ---------------------------------------------------------------------------------------------
// Output

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

export function renderHtml(nodes: HtmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeText(node.text);
    else if (node.type === 'br') out += '<br>';
    else if (node.type === 'a')
      out += `<a href="${escapeAttr(node.href ?? '')}" rel="noopener noreferrer">${renderHtml(node.children)}</a>`;
    else out += `<${node.type}>${renderHtml(node.children)}</${node.type}>`;
  }
  return out;
}

/** Safe, canonical HTML for a description (see the top of this file). */
export function sanitizeHtml(html: string): string {
  return renderHtml(parseHtmlFragment(html));
}

/** Plain text of a description: paragraphs and list items on lines of their own. */
export function htmlToText(html: string): string {
  const walk = (nodes: HtmlNode[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return n.text;
        if (n.type === 'br') return '\n';
        if (n.type === 'p') return `\n${walk(n.children)}\n`;
        if (n.type === 'ul' || n.type === 'ol') {
          const items = n.children.map((li, k) => `${n.type === 'ul' ? '-' : `${k + 1}.`} ${walk((li as ElementNode).children)}`);
          return `\n${items.join('\n')}\n`;
        }
        return walk(n.children);
      })
      .join('');
  return walk(parseHtmlFragment(html))
    .replace(/\n{2,}/g, '\n')
    .trim();
}
