import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, safeHref, sanitizeHtml } from './sanitize.js';

describe('sanitizeHtml: hostile input', () => {
  const cases: [string, string, string][] = [
    ['script with content', 'a<script>alert(1)</script>b', 'ab'],
    ['script in capitals with attributes', 'a<SCRIPT type="x">alert(1)</SCRIPT >b', 'ab'],
    ['unclosed script', 'a<script>alert(1)', 'a'],
    ['script end tag look-alike', 'a<script>x</scripty>y</script>b', 'ab'],
    ['style', '<style>p{color:red}</style>ok', 'ok'],
    ['onerror on an image', '<img src=x onerror="alert(1)">text', 'text'],
    ['event handler on an allowed tag', '<p onclick="alert(1)" style="x">hi</p>', 'hi'],
    ['javascript: link', '<a href="javascript:alert(1)">click</a>', 'click'],
    ['javascript: link with entities and whitespace', '<a href="  jav&#x09;ascript&colon;alert(1)">x</a>', 'x'],
    ['javascript: link in capitals', '<a href="JaVaScRiPt:alert(1)">x</a>', 'x'],
    ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'x'],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', 'x'],
    ['relative link', '<a href="/radar/tools/x">tool</a>', 'tool'],
    ['protocol-relative link', '<a href="//evil.example/">x</a>', 'x'],
    ['link without a host', '<a href="https://">x</a>', 'x'],
    ['svg with script', 'a<svg><script>alert(1)</script><a href="https://x.dk">y</a></svg>b', 'ab'],
    ['svg with onload', '<svg onload=alert(1)>x</svg>z', 'z'],
    ['svg style breaking out', '<svg><style></svg><img src=x onerror=alert(1)>', ''],
    ['nested svg', '<svg><svg></svg>inside</svg>outside', 'outside'],
    ['math', '<math><mi>x</mi></math>y', 'y'],
    ['iframe', '<iframe src="https://evil.example">fallback</iframe>after', 'after'],
    ['object and embed', '<object data="x.swf"><embed src="x.swf">fb</object>z', 'z'],
    ['template', '<template><script>alert(1)</script>t</template>ok', 'ok'],
    ['comment', 'a<!-- <script>alert(1)</script> -->b', 'ab'],
    ['unclosed comment', 'a<!-- never closed', 'a'],
    ['CDATA', 'a<![CDATA[<script>alert(1)</script>]]>b', 'ab'],
    ['doctype and processing instruction', '<!DOCTYPE html><?xml version="1.0"?>ok', 'ok'],
    ['tag cut off at the end', 'a<img src=x onerror=alert(1)', 'a'],
    ['attribute quote never closed', 'a<a href="https://x.dk>b', 'a'],
    ['escaped tags stay text', '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['lone angle brackets', '1 < 2 > 0', '1 &lt; 2 &gt; 0'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">x', 'x'],
    ['form and input', '<form action="https://evil.example"><input value="x">y</form>', 'y'],
    ['textarea content', '<textarea><script>alert(1)</script></textarea>z', 'z'],
    ['noscript content', '<noscript><img src=x onerror=alert(1)></noscript>z', 'z'],
    ['xmp content', '<xmp><script>alert(1)</script></xmp>z', 'z'],
    ['plaintext swallows the rest', 'a<plaintext><b>x', 'a'],
    ['control characters', 'a\u0000b\u0007c', 'abc'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it('never lets a tag or handler through, whatever the input', () => {
    const piece = fc.constantFrom(
      '<script>',
      '</script>',
      '<svg>',
      '</svg>',
      '<style>',
      '<a href="javascript:x">',
      '<a href="https://ok.dk">',
      '</a>',
      '<img src=x onerror=alert(1)>',
      '<p onclick="y">',
      '</p>',
      '<ul>',
      '<li>',
      '</ul>',
      '<b>',
      '</i>',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '"',
      "'",
      '<',
      '>',
      '&',
      '&lt;',
      'text',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (pieces) => {
        const out = sanitizeHtml(pieces.join(''));
        const tags = [...out.matchAll(/<\/?([a-z]+)([^>]*)>/g)];
        for (const [, name, attrs] of tags) {
          expect(['p', 'br', 'strong', 'em', 'code', 'ul', 'ol', 'li', 'a']).toContain(name);
          if (name === 'a' && attrs) expect(attrs).toMatch(/^ href="(https?:\/\/|mailto:)[^"]*" rel="noopener noreferrer"$/);
          else expect(attrs).toBe('');
        }
        // No '<' that is not one of the allowed tags.
        expect(out.replace(/<\/?(p|br|strong|em|code|ul|ol|li|a)( [^>]*)?>/g, '')).not.toMatch(/[<>]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sanitizeHtml: formatting kept', () => {
  const cases: [string, string, string][] = [
    [
      'allowed tags',
      '<p>a <strong>b</strong> <em>c</em> <code>d</code></p><p>e</p>',
      '<p>a <strong>b</strong> <em>c</em> <code>d</code></p><p>e</p>',
    ],
    ['b and i become strong and em', '<b>x</b> <i>y</i>', '<strong>x</strong> <em>y</em>'],
    [
      'safe link gets rel',
      '<a href="https://x.dk/a?b=1&amp;c=2" target="_blank" title="t">x</a>',
      '<a href="https://x.dk/a?b=1&amp;c=2" rel="noopener noreferrer">x</a>',
    ],
    ['mailto link', '<a href="mailto:radar@example.dk">mail</a>', '<a href="mailto:radar@example.dk" rel="noopener noreferrer">mail</a>'],
    ['space in an address is encoded', '<a href="https://x.dk/a b">x</a>', '<a href="https://x.dk/a%20b" rel="noopener noreferrer">x</a>'],
    ['lists', '<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>', '<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>'],
    ['unclosed list items', '<ul><li>a<li>b</ul>', '<ul><li>a</li><li>b</li></ul>'],
    ['nested list', '<ul><li>a<ul><li>b</li></ul></li></ul>', '<ul><li>a<ul><li>b</li></ul></li></ul>'],
    ['list straight in a list', '<ul><li>a</li><ul><li>b</li></ul></ul>', '<ul><li>a<ul><li>b</li></ul></li></ul>'],
    ['a lone paragraph is unwrapped', '<p>Only one.</p>', 'Only one.'],
    ['text beside a paragraph becomes one', 'intro<p>body</p>', '<p>intro</p><p>body</p>'],
    ['unclosed strong ends with its paragraph', '<p><strong>a</p><p>b</p>', '<p><strong>a</strong></p><p>b</p>'],
    ['misnested tags close at the first end tag', '<strong>a<em>b</strong>c</em>', '<strong>a<em>b</em></strong>c'],
    ['heading becomes a bold paragraph', '<h2>Title</h2><p>text</p>', '<p><strong>Title</strong></p><p>text</p>'],
    ['div becomes a paragraph', '<div>a</div><div>b</div>', '<p>a</p><p>b</p>'],
    ['span and u are unwrapped', '<span style="x">a<u>b</u></span>', 'ab'],
    ['entities decoded and re-escaped', 'Bl&aring;b&aelig;r &amp; &#248;l &#x2014; &quot;q&quot; &foo;', 'Blåbær &amp; øl — "q" &amp;foo;'],
    ['br kept, whitespace around it trimmed', 'a <br/> b', 'a<br>b'],
    ['whitespace moves out of strong', 'a<strong> b </strong>c', 'a <strong>b</strong> c'],
    ['empty elements go', '<p></p><strong> </strong>x<em></em>', 'x'],
    ['adjacent strong merge', '<strong>a</strong><b>b</b>', '<strong>ab</strong>'],
    ['strong in strong', '<strong>a<strong>b</strong></strong>', '<strong>ab</strong>'],
    ['bold italic is em(strong)', '<strong><em>x</em></strong>', '<em><strong>x</strong></em>'],
    [
      'link in a link ends the outer',
      '<a href="https://a.dk">a<a href="https://b.dk">b</a></a>',
      '<a href="https://a.dk" rel="noopener noreferrer">a</a><a href="https://b.dk" rel="noopener noreferrer">b</a>',
    ],
    ['code is text only, one line', '<code>a<b>b</b>\nc</code>', '<code>ab c</code>'],
    ['newlines and CRLF collapse', 'a\r\n\r\n  b', 'a\nb'],
    ['paragraphs in a list item join on new lines', '<ul><li><p>a</p><p>b</p></li></ul>', '<ul><li>a\nb</li></ul>'],
    ['adjacent lists of a kind join', '<ul><li>a</li></ul><ul><li>b</li></ul>', '<ul><li>a</li><li>b</li></ul>'],
    ['whitespace between blocks goes', '<p>a</p>\n  <p>b</p>\n', '<p>a</p><p>b</p>'],
    ['plain text stays plain', 'Just text, with "quotes" and æøå.', 'Just text, with "quotes" and æøå.'],
    ['nbsp is kept', 'a&nbsp;b', 'a\u00a0b'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<ul>',
      '<ol>',
      '</ul>',
      '</ol>',
      '<li>',
      '</li>',
      '<b>',
      '</b>',
      '<em>',
      '</em>',
      '<i>',
      '<code>',
      '</code>',
      '<br>',
      '<a href="https://x.dk">',
      '<a href="mailto:a@b.dk">',
      '</a>',
      '<div>',
      '</div>',
      '<h3>',
      '</h3>',
      ' ',
      '  ',
      '\n',
      '\t',
      'a',
      'bc',
      '&amp;',
      '*',
      '_',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 4 })), { maxLength: 40 }), (pieces) => {
        const once = sanitizeHtml(pieces.join(''));
        expect(sanitizeHtml(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the text of what it unwraps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('alpha', 'beta', 'gamma'), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('span', 'u', 'b', 'i', 'em', 'div', 'p', 'font', 'h2'), { maxLength: 6 }),
        (words, tags) => {
          const html = words.map((w, k) => (tags[k] ? `<${tags[k]}>${w}</${tags[k]}>` : w)).join(' ');
          expect(htmlToText(html).replace(/\s+/g, ' ')).toBe(words.join(' '));
        },
      ),
    );
  });
});

describe('sanitizeHtml: nesting', () => {
  it('survives nesting deep enough to exhaust a recursive parser, keeping the text', () => {
    const deep = '<ul><li>'.repeat(20_000) + 'core' + '</li></ul>'.repeat(20_000);
    expect(sanitizeHtml(deep)).toContain('core');
    const inline = '<b><i>'.repeat(20_000) + 'core';
    expect(sanitizeHtml(inline)).toContain('core');
  });
});

describe('safeHref', () => {
  it('accepts http, https and mailto only', () => {
    expect(safeHref('https://example.dk/x')).toBe('https://example.dk/x');
    expect(safeHref('HTTP://example.dk')).toBe('HTTP://example.dk');
    expect(safeHref('mailto:a@b.dk')).toBe('mailto:a@b.dk');
    expect(safeHref('ftp://example.dk')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('java\nscript:alert(1)')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('mailto:')).toBeNull();
  });
});
