import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, markdownToHtml } from './markdown.js';
import { type HtmlNode, htmlToText, renderHtml, sanitizeHtml } from './sanitize.js';

describe('markdownToHtml', () => {
  const cases: [string, string, string][] = [
    ['one paragraph is plain inline content', 'Just text.', 'Just text.'],
    ['paragraphs', 'One.\n\nTwo.', '<p>One.</p><p>Two.</p>'],
    ['soft break stays a newline', 'a\nb', 'a\nb'],
    ['hard break with two spaces', 'a  \nb', 'a<br>b'],
    ['hard break with a backslash', 'a\\\nb', 'a<br>b'],
    ['emphasis', '*a* _b_ **c** __d__', '<em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong>'],
    ['bold italic', '***x***', '<em><strong>x</strong></em>'],
    ['nested emphasis', '**a *b***', '<strong>a <em>b</em></strong>'],
    ['intraword underscore is text', 'snake_case_name', 'snake_case_name'],
    ['unmatched stars are text', '2 * 3 * 4 and *open', '2 * 3 * 4 and *open'],
    ['code span', 'run `npm test` now', 'run <code>npm test</code> now'],
    ['code span keeps stars and backslashes', '`*a* \\n`', '<code>*a* \\n</code>'],
    ['code span with backticks', '`` a`b ``', '<code>a`b</code>'],
    ['link', '[Backstage](https://backstage.io)', '<a href="https://backstage.io" rel="noopener noreferrer">Backstage</a>'],
    ['link with title', '[x](https://x.dk "title")', '<a href="https://x.dk" rel="noopener noreferrer">x</a>'],
    [
      'link with parentheses',
      '[w](https://en.wikipedia.org/wiki/Go_(language))',
      '<a href="https://en.wikipedia.org/wiki/Go_(language)" rel="noopener noreferrer">w</a>',
    ],
    ['unsafe link keeps its text', '[click](javascript:alert(1))', 'click'],
    ['relative link keeps its text', '[doc](/docs/x)', 'doc'],
    ['autolink', '<https://x.dk/a>', '<a href="https://x.dk/a" rel="noopener noreferrer">https://x.dk/a</a>'],
    [
      'bare address',
      'Mer info her: https://cloud.google.com/storage.',
      'Mer info her: <a href="https://cloud.google.com/storage" rel="noopener noreferrer">https://cloud.google.com/storage</a>.',
    ],
    ['bare address in parentheses', '(see https://x.dk/a)', '(see <a href="https://x.dk/a" rel="noopener noreferrer">https://x.dk/a</a>)'],
    ['escaped characters', '\\*not\\* \\[x\\] \\\\', '*not* [x] \\'],
    ['entities', '&amp; &aring; &#248; &nope;', '&amp; å ø &amp;nope;'],
    ['raw HTML is text', '<b>x</b> <script>alert(1)</script>', '&lt;b&gt;x&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;'],
    ['bullet list', '- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['numbered list', '1. a\n2. b', '<ol><li>a</li><li>b</li></ol>'],
    ['list after a paragraph', 'Intro:\n- a\n- b', '<p>Intro:</p><ul><li>a</li><li>b</li></ul>'],
    ['nested list', '- a\n  - b\n- c', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>'],
    ['loose list', '- a\n\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['lazy continuation', '- a\nb', '<ul><li>a\nb</li></ul>'],
    ['a number that cannot start a list', 'In 2024. we moved', 'In 2024. we moved'],
    ['heading', '# Title\ntext', '<p><strong>Title</strong></p><p>text</p>'],
    ['thematic break is text', 'a\n\n***', '<p>a</p><p>***</p>'],
    ['CRLF', 'a\r\n\r\nb', '<p>a</p><p>b</p>'],
  ];
  it.each(cases)('%s', (_name, md, html) => {
    expect(markdownToHtml(md)).toBe(html);
  });
});

describe('markdownToHtml: nesting', () => {
  it('survives deeply nested lists and emphasis, keeping the text', () => {
    const lists = Array.from({ length: 1000 }, (_, k) => `${' '.repeat(2 * k)}- level ${k}`).join('\n');
    expect(markdownToHtml(lists)).toContain('level 999');
    const emphasis = '*a '.repeat(5000) + 'core' + ' a*'.repeat(5000);
    expect(markdownToHtml(emphasis)).toContain('core');
    const stars = '*'.repeat(20_000) + 'core' + '*'.repeat(20_000);
    expect(markdownToHtml(stars)).toContain('core');
  });
});

describe('htmlToMarkdown', () => {
  const cases: [string, string, string][] = [
    ['plain', 'Plain text.', 'Plain text.'],
    ['escapes syntax', 'a*b_c`d[e]f&lt;g&gt;h&amp;i|j~k\\l', 'a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\&i\\|j\\~k\\\\l'],
    ['escapes line starts', '# no\n- no\n+ no\n1. no\n= no', '\\# no\n\\- no\n\\+ no\n1\\. no\n\\= no'],
    ['stops bare addresses', 'see https://x.dk', 'see https\\://x.dk'],
    ['paragraphs and lists', '<p>a</p><ul><li>b</li><li>c</li></ul><ol><li>d</li></ol>', 'a\n\n- b\n- c\n\n1. d'],
    ['nested list', '<ul><li>a<ul><li>b</li></ul>c</li></ul>', '- a\n  - b\n\n  c'],
    ['emphasis and code', '<strong>a</strong> <em>b</em> <code>c`d</code>', '**a** *b* ``c`d``'],
    ['link and autolink', '<a href="https://x.dk">x</a> <a href="https://y.dk">https://y.dk</a>', '[x](https://x.dk) <https://y.dk>'],
    ['link with parentheses', '<a href="https://w.org/Go_(x)">w</a>', '[w](<https://w.org/Go_(x)>)'],
    ['line break', 'a<br>b', 'a\\\nb'],
  ];
  it.each(cases)('%s', (_name, html, md) => {
    expect(htmlToMarkdown(html)).toBe(md);
  });
});

/** Random description trees, made canonical by sanitising their HTML. */
const text = fc.stringMatching(/^[a-zA-Z0-9 æøå.,:;!?'"()*_`[\]<>&#|~\\/+=-]{1,12}$/);
/** Words with spaces around them, so no emphasis meets a letter and every structure must come back exactly. */
const word = fc.stringMatching(/^[a-zA-Z0-9æøå]{1,8}$/).map((w) => ` ${w} `);
const href = fc.constantFrom('https://x.dk', 'https://x.dk/a_(b)', 'mailto:a@b.dk', 'https://x.dk/?q=1&r=2');
const flat = (leaf: fc.Arbitrary<string>): fc.Arbitrary<HtmlNode[]> => {
  const words = fc.array(
    leaf.map((t): HtmlNode => ({ type: 'text', text: t })),
    { minLength: 1, maxLength: 3 },
  );
  return fc.array(
    fc.oneof(
      leaf.map((t): HtmlNode => ({ type: 'text', text: t })),
      fc.constant<HtmlNode>({ type: 'br' }),
      fc.tuple(fc.constantFrom('strong', 'em'), words).map(([t, children]): HtmlNode => ({ type: t as 'strong' | 'em', children })),
      leaf.map((t): HtmlNode => ({ type: 'code', children: [{ type: 'text', text: t }] })),
      fc.tuple(href, words).map(([h, children]): HtmlNode => ({ type: 'a', href: h, children })),
    ),
    { minLength: 1, maxLength: 5 },
  );
};
const inline = (leaf: fc.Arbitrary<string>): fc.Arbitrary<HtmlNode[]> =>
  fc.letrec<{ node: HtmlNode; nodes: HtmlNode[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf.map((t): HtmlNode => ({ type: 'text', text: t })),
      leaf.map((t): HtmlNode => ({ type: 'text', text: t })),
      fc.constant<HtmlNode>({ type: 'br' }),
      fc.constantFrom('strong', 'em').chain((t) => tie('nodes').map((children): HtmlNode => ({ type: t as 'strong' | 'em', children }))),
      leaf.map((t): HtmlNode => ({ type: 'code', children: [{ type: 'text', text: t }] })),
      fc.tuple(href, tie('nodes')).map(([h, children]): HtmlNode => ({ type: 'a', href: h, children })),
    ),
    nodes: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
  })).nodes;
const doc = (leaf: fc.Arbitrary<string>, nested = true): fc.Arbitrary<string> => {
  const content = nested ? inline(leaf) : flat(leaf);
  const item = fc.tuple(content, fc.option(fc.array(content, { minLength: 1, maxLength: 2 }), { nil: undefined }));
  const list = fc.tuple(fc.constantFrom('ul', 'ol'), fc.array(item, { minLength: 1, maxLength: 3 })).map(([t, items]): HtmlNode => ({
    type: t as 'ul' | 'ol',
    children: items.map(([content, sub]) => ({
      type: 'li',
      children: sub ? [...content, { type: 'ul', children: sub.map((s) => ({ type: 'li', children: s })) }] : content,
    })),
  }));
  const block = fc.oneof(
    content.map((children): HtmlNode => ({ type: 'p', children })),
    list,
  );
  return fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => sanitizeHtml(renderHtml(blocks)));
};

describe('Markdown round trip', () => {
  it('gives canonical HTML back unchanged (lists, nesting, emphasis, code, links)', () => {
    fc.assert(
      fc.property(doc(word, false), (html) => {
        expect(markdownToHtml(htmlToMarkdown(html))).toBe(html);
      }),
      { numRuns: 1000 },
    );
  });

  it('with any characters, keeps the text and is stable after one trip', () => {
    fc.assert(
      fc.property(doc(text), (html) => {
        const once = markdownToHtml(htmlToMarkdown(html));
        expect(markdownToHtml(htmlToMarkdown(once))).toBe(once);
        expect(htmlToText(once).replace(/\s+/g, ' ')).toBe(htmlToText(html).replace(/\s+/g, ' '));
      }),
      { numRuns: 400 },
    );
  });

  it('with any characters, loses nothing but emphasis CommonMark cannot write', () => {
    const withoutEmphasis = (html: string): string => html.replace(/<\/?(strong|em)>/g, '');
    fc.assert(
      fc.property(doc(text), (html) => {
        const once = markdownToHtml(htmlToMarkdown(html));
        expect(sanitizeHtml(withoutEmphasis(once))).toBe(sanitizeHtml(withoutEmphasis(html)));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps emphasis between spaces whatever its content', () => {
    fc.assert(
      fc.property(inline(text), fc.constantFrom('strong', 'em'), (children, type) => {
        const html = sanitizeHtml(`a ${renderHtml([{ type: type as 'strong' | 'em', children }])} b`);
        // Only emphasis that starts and ends with a letter or digit can always be written.
        if (!/^a <(strong|em)>[^\p{P}\p{S}&<].*[^\p{P}\p{S};>]<\/\1>/su.test(html)) return;
        const back = markdownToHtml(htmlToMarkdown(html));
        // Inner emphasis may have to go (see above), but not this one.
        expect(back.startsWith(`a <${type}>`) && back.includes(`</${type}>`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
