import {
  HEAD_END,
  HEAD_START,
  PAGE_ONLY_END,
  PAGE_ONLY_START,
  PAGE_STATE_ID,
  serializePageState,
  type PageState,
} from '../../data/pageState';

/**
 * React 19's `renderToString` emits the elements it hoists (`<title>`, `<meta>`, `<link>`) ahead
 * of the app's markup. This takes them off the front so they can go into `<head>`, where the
 * client's hydration finds and adopts them instead of adding copies. React escapes `<` in text and
 * `>` in attribute values, so the patterns cannot end early inside a value.
 */
export function splitHoisted(html: string): { head: string; body: string } {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)/;
  let rest = html;
  let head = '';
  for (let match = hoisted.exec(rest); match; match = hoisted.exec(rest)) {
    head += match[0];
    rest = rest.slice(match[0].length);
  }
  return { head, body: rest };
}

export interface PageParts {
  head: string;
  body: string;
  state: PageState | null;
  /** Head elements for this page only, outside React (see `PAGE_ONLY_START`). */
  pageOnly?: string;
}

const ROOT = '<div id="root"></div>';

/** Puts a rendered page into the built index.html: head tags, markup in #root, the state block. */
export function fillTemplate(
  template: string,
  { head, body, state, pageOnly = '' }: PageParts,
): string {
  if (!template.includes(ROOT) || !template.includes('</head>') || !template.includes('</body>')) {
    throw new Error(`The HTML template needs ${ROOT}, </head> and </body>.`);
  }
  const stateBlock = state
    ? `<script type="application/json" id="${PAGE_STATE_ID}">${serializePageState(state)}</script>`
    : '';
  // Functions as replacements, so `$` in record text is never read as a replacement pattern.
  return template
    .replace(
      '</head>',
      () =>
        `<!--${HEAD_START}-->${head}<!--${HEAD_END}-->${
          pageOnly ? `<!--${PAGE_ONLY_START}-->${pageOnly}<!--${PAGE_ONLY_END}-->` : ''
        }</head>`,
    )
    .replace(ROOT, () => `<div id="root">${body}</div>`)
    .replace('</body>', () => `${stateBlock}</body>`);
}

/** Script types a browser never executes as code. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/** A start tag, its attributes read with their quotes so that `>` inside a value does not end it. */
const START_TAG =
  /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/**
 * What the strict CSP (`script-src 'self'`, `style-src 'self'`) would block in a served page:
 * inline executable scripts, inline event handlers and `style` attributes. An empty list means
 * the page needs no `'unsafe-inline'`, hash or nonce.
 */
export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(START_TAG)) {
    const tag = (match[1] ?? '').toLowerCase();
    const attributes = attributesOf(match[2] ?? '');
    const shown = match[0].slice(0, 80);
    if (tag === 'script' && !attributes.has('src')) {
      const type = attributes.get('type')?.trim().toLowerCase();
      if (!type || !DATA_SCRIPT_TYPES.has(type)) problems.push(`inline script: ${shown}`);
    }
    for (const name of attributes.keys()) {
      if (name === 'style') problems.push(`inline style attribute: ${shown}`);
      else if (name.startsWith('on')) problems.push(`inline event handler (${name}): ${shown}`);
    }
  }
  return problems;
}
