import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prerenderSite, type SiteFile } from '../../../src/app/prerender/server';
import { startApp } from '../../../src/app/boot';
import { seed } from '../../fixtures/records';
import { serveFiles, testServices } from '../../support/render';

const TEMPLATE =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"></head><body><div id="root"></div></body></html>';
const SEED_PATH = `/records/${seed.id}`;
const TITLE = 'Drug insight: Thalidomide as a treatment for multiple myeloma';

const json = (path: string, value: unknown): SiteFile => ({ path, text: JSON.stringify(value) });

function site() {
  return prerenderSite({
    template: TEMPLATE,
    base: '/',
    origin: null,
    records: [
      json(`records/${seed.id}.json`, seed),
      json('records/broken.json', { id: 'broken', title: 42 }),
    ],
    index: json('records/index.json', {
      records: [
        {
          id: seed.id,
          title: seed.title,
          authors: seed.authors,
          journal: seed.journal.title,
          published: seed.published,
        },
      ],
    }),
  });
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.head.replaceChildren();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

/** Loads a built page at `path` as the browser would, before any script: its head and body. */
function load(html: string, path: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const copy = (nodes: NodeListOf<ChildNode>) =>
    [...nodes].map((n) => document.importNode(n, true));
  document.head.replaceChildren(...copy(parsed.head.childNodes));
  document.body.replaceChildren(...copy(parsed.body.childNodes));
  window.history.replaceState(null, '', path);
  // The page's own mount point, as main.tsx finds it; no reader-facing query reaches it.
  // eslint-disable-next-line testing-library/no-node-access
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  return container;
}

/**
 * Tags in <head> matching `selector`: what crawlers read and what hydration must not double,
 * outside anything Testing Library queries.
 */
function headTags(selector: string): Element[] {
  return [...document.head.querySelectorAll(selector)];
}

/** Runs the app's entry on the loaded page. */
async function start(container: HTMLElement) {
  await act(async () => {
    root = await startApp(container, document, testServices());
    await Promise.resolve();
  });
}

async function open(html: string, path: string) {
  await start(load(html, path));
}

describe('the prerendered site', () => {
  it('has a page for every valid record, the home and browse pages, 404.html and robots.txt', async () => {
    const { files, warnings } = await site();
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => !/^(persons|topics|browse\/(people|topics))\//.test(p))).toEqual([
      `records/${seed.id}/index.html`,
      `records/${seed.id}/fingerprint/index.html`,
      `records/${seed.id}/citations.json`,
      `records/${seed.id}/export.csl.json`,
      `records/${seed.id}/export.bib`,
      `records/${seed.id}/export.ris`,
      `records/${seed.id}/linkset.json`,
      'index.html',
      'browse/index.json',
      'search/words.json',
      'browse/index.html',
      'browse/2005.json',
      'browse/2005/index.html',
      '404.html',
      'robots.txt',
    ]);
    // The portal around it: each author and topic, and the A–Z lists that lead to them.
    expect(paths).toEqual(
      expect.arrayContaining([
        'persons/kumar-shaji/index.html',
        'persons/anderson-kenneth-c/index.html',
        'topics/multiple-myeloma/index.html',
        'topics/oncology/index.html',
        'browse/people/k/index.html',
        'browse/topics/m/index.html',
      ]),
    );
    expect(warnings).toEqual([
      'records/broken.json was not prerendered: records/broken.json is not a valid record. title: expected a string, got 42',
    ]);
  });

  it.each([
    [
      'an impossible date',
      [{ id: seed.id, title: seed.title, published: '2005-02-30' }],
      'records/index.json is not a valid list of records. records[0].published: "2005-02-30" is not a calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      'a record that could not be read',
      [{ id: 'broken', title: 'Broken' }],
      'records/index.json lists “broken”, whose record (records/broken.json) could not be read',
    ],
    [
      'a record that does not exist',
      [{ id: 'missing', title: 'Missing' }],
      'records/index.json lists “missing”, whose record (records/missing.json) could not be read',
    ],
  ])(
    'says the list is wrong, for the build to stop, when index.json has %s',
    async (_, entries, error) => {
      const { errors } = await prerenderSite({
        template: TEMPLATE,
        base: '/',
        origin: null,
        records: [
          json(`records/${seed.id}.json`, seed),
          json('records/broken.json', { id: 'broken' }),
        ],
        index: json('records/index.json', { records: entries }),
      });
      expect(errors).toEqual([error]);
    },
  );

  it('has no list errors when index.json is right', async () => {
    expect((await site()).errors).toEqual([]);
  });

  it('is hydrated in place: no data fetched, no error, the same elements, one set of head tags', async () => {
    const page = (await site()).files.find((f) => f.path === `records/${seed.id}/index.html`);
    const fetchStub = serveFiles({});
    const errors = vi.spyOn(console, 'error');
    const container = load(page?.text ?? '', SEED_PATH);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(TITLE);
    await start(container);

    // React handles the prerendered buttons: the page is live.
    const keywords = screen.getByRole('region', { name: 'Keywords' });
    await userEvent.click(within(keywords).getByRole('button', { name: /^Thalidomide/ }));
    expect(await screen.findAllByText('Thalidomide', { selector: 'mark' })).not.toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading);
    // Nothing the page shows is fetched; only the build's citations, fetched ahead for "Cite this"
    // once the panel's chunk is there.
    const fetched = () =>
      fetchStub.mock.calls.map(([input]) =>
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      );
    await waitFor(() => {
      expect(fetched()).toEqual([`/records/${seed.id}/citations.json`]);
    });
    expect(errors).not.toHaveBeenCalled();
    expect(headTags('title')).toHaveLength(1);
    expect(headTags('meta[name="citation_title"]')).toHaveLength(1);
  });

  it('renders afresh where 404.html stands in for a record added without a rebuild', async () => {
    const notFound = (await site()).files.find((f) => f.path === '404.html');
    expect(notFound?.text).toContain('There is no page at this address.');
    expect(notFound?.text).not.toContain('lectern-state');
    serveFiles({
      'records/added-later.json': {
        json: { id: 'added-later', title: 'Added later', authors: [] },
      },
    });
    await open(notFound?.text ?? '', '/records/added-later');
    expect(await screen.findByRole('heading', { level: 1, name: 'Added later' })).toBeVisible();
    expect(headTags('title')).toHaveLength(1);
    expect(document.title).toBe('Added later – Lectern');
  });

  it('shows an unknown address by name once the app runs', async () => {
    const notFound = (await site()).files.find((f) => f.path === '404.html');
    serveFiles({});
    await open(notFound?.text ?? '', '/no/such/page');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(within(main).getByText('/no/such/page')).toBeVisible();
  });
});
