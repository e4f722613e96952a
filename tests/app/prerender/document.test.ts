import { describe, expect, it } from 'vitest';
import { cspProblems, fillTemplate, splitHoisted } from '../../../src/app/prerender/document';
import {
  parsePageState,
  pathInApp,
  samePath,
  serializePageState,
  type PageState,
} from '../../../src/data/pageState';

describe('splitHoisted', () => {
  it.each([
    ['nothing hoisted', '<div>x</div>', '', '<div>x</div>'],
    [
      'title and meta',
      '<title>A &lt;b&gt;</title><meta name="a" content="x &gt; y"/><div>x</div>',
      '<title>A &lt;b&gt;</title><meta name="a" content="x &gt; y"/>',
      '<div>x</div>',
    ],
    [
      'a canonical link',
      '<link rel="canonical" href="https://e.org/"/><a href="/">x</a>',
      '<link rel="canonical" href="https://e.org/"/>',
      '<a href="/">x</a>',
    ],
    [
      'a meta inside the body stays there',
      '<div><meta itemprop="x" content="y"/></div>',
      '',
      '<div><meta itemprop="x" content="y"/></div>',
    ],
  ])('%s', (_, html, head, body) => {
    expect(splitHoisted(html)).toEqual({ head, body });
  });
});

describe('fillTemplate', () => {
  const template =
    '<html><head><meta charset="UTF-8"></head><body><div id="root"></div></body></html>';
  const state: PageState = {
    path: '/records/x',
    queries: { queries: [], mutations: [] },
    router: { loaderData: { '0': null } },
  };

  it('puts head tags between markers, markup in #root and the state block before </body>', () => {
    const html = fillTemplate(template, { head: '<title>T</title>', body: '<p>B</p>', state });
    expect(html).toBe(
      '<html><head><meta charset="UTF-8"><!--lectern-head--><title>T</title><!--/lectern-head--></head>' +
        '<body><div id="root"><p>B</p></div><script type="application/json" id="lectern-state">' +
        serializePageState(state) +
        '</script></body></html>',
    );
  });

  it('copies `$` patterns in text literally', () => {
    const html = fillTemplate(template, { head: '', body: "<p>$& $' $$</p>", state: null });
    expect(html).toContain('<div id="root"><p>$& $\' $$</p></div>');
  });

  it('refuses a template without a root element', () => {
    expect(() =>
      fillTemplate('<html><head></head><body></body></html>', { head: '', body: '', state: null }),
    ).toThrow(/div id="root"/);
  });
});

describe('cspProblems', () => {
  it.each([
    ['an external module script', '<script type="module" crossorigin src="/a.js"></script>', 0],
    ['a JSON data block', '<script type="application/json" id="s">{"a":1}</script>', 0],
    ['JSON-LD', '<script type="application/ld+json">{}</script>', 0],
    ['an inline script', '<script>alert(1)</script>', 1],
    ['an inline module script', '<script type="module">import "x"</script>', 1],
    ['a style attribute', '<span style="width:50%"></span>', 1],
    ['an event handler', '<img src="x" onerror="alert(1)">', 1],
    ['style= inside an attribute value', '<meta name="x" content="a style=b onload=c">', 0],
    ['style= in text', '<p>style="x" and onclick=y</p>', 0],
    ['a > inside a quoted value', '<meta content="a > b" style="x">', 1],
    [
      'SVG presentation attributes',
      '<svg viewBox="0 0 100 1"><rect width="62" height="1"/></svg>',
      0,
    ],
  ])('%s', (_, html, count) => {
    expect(cspProblems(html)).toHaveLength(count);
  });
});

describe('the page state block', () => {
  const state: PageState = {
    path: '/records/x',
    queries: {
      queries: [
        {
          queryKey: ['records', 'detail', 'x'],
          queryHash: '["records","detail","x"]',
          dehydratedAt: 0,
          state: {
            data: { title: '</script><script>alert(1)</script>\u2028' },
            dataUpdateCount: 1,
            dataUpdatedAt: 0,
            error: null,
            errorUpdateCount: 0,
            errorUpdatedAt: 0,
            fetchFailureCount: 0,
            fetchFailureReason: null,
            fetchMeta: null,
            isInvalidated: false,
            status: 'success',
            fetchStatus: 'idle',
          },
        },
      ],
      mutations: [],
    },
    router: { loaderData: { '0': null } },
  };

  it('never contains a character that could end the script element', () => {
    const text = serializePageState(state);
    expect(text).not.toMatch(/[<>\u2028\u2029]/);
    expect(parsePageState(text)).toEqual(state);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{'],
    ['an array', '[]'],
    ['no queries', '{"path":"/","router":{"loaderData":{}}}'],
    [
      'a numeric path',
      '{"path":1,"queries":{"queries":[],"mutations":[]},"router":{"loaderData":{}}}',
    ],
    ['no loader data', '{"path":"/","queries":{"queries":[],"mutations":[]},"router":{}}'],
  ])('reads %s as no state', (_, text) => {
    expect(parsePageState(text)).toBeNull();
  });
});

describe('paths', () => {
  it.each([
    ['/records/x', '/records/x/', true],
    ['/', '/', true],
    ['/records/x', '/records/y', false],
    ['/records/x/fingerprint', '/records/x', false],
  ])('samePath(%s, %s) is %s', (a, b, same) => {
    expect(samePath(a, b)).toBe(same);
  });

  it.each([
    ['/records/x', '/', '/records/x'],
    ['/lectern/records/x', '/lectern/', '/records/x'],
    ['/lectern', '/lectern/', '/'],
    ['/lectern/', '/lectern/', '/'],
    ['/other/records/x', '/lectern/', null],
    ['/lecternx', '/lectern/', null],
  ])('pathInApp(%s, %s) is %s', (pathname, base, inside) => {
    expect(pathInApp(pathname, base)).toBe(inside);
  });
});
