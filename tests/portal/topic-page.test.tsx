import { dehydrate } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/read';
import { buildPortal, topicBlock, topicPath, type TopicPageData } from '../../src/portal/model';
import { portalKeys } from '../../src/portal/links';
import { publishedText } from '../../src/portal/TopicPage';
import { PAGE_STATE_ID, serializePageState } from '../../src/data/pageState';
import { createTestQueryClient, renderApp, serveFiles, type FakeFile } from '../support/render';

// 65 records on Oncology, one a month from January 2000, served as the build writes topic pages.
const records = Array.from({ length: 65 }, (_, i) => {
  const k = 65 - i;
  return parseRecord({
    id: `r${String(k)}`,
    title: `Record ${String(k)}`,
    authors: [],
    subjectAreas: ['Oncology'],
    published: `${String(2000 + Math.floor((k - 1) / 12))}-${String(((k - 1) % 12) + 1).padStart(2, '0')}`,
  }).value;
});

function pageFile(page: TopicPageData): [string, FakeFile] {
  const client = createTestQueryClient();
  const block = topicBlock(page);
  client.setQueryData(portalKeys.topic(page.id, block), page);
  const path = topicPath(page.id, block);
  const state = serializePageState({
    path,
    queries: dehydrate(client),
    router: { loaderData: {} },
  });
  return [
    `${path.slice(1)}/`,
    {
      text: `<html><body><script type="application/json" id="${PAGE_STATE_ID}">${state}</script></body></html>`,
      contentType: 'text/html',
    },
  ];
}

async function serveTopic() {
  const portal = await buildPortal(records, () => []);
  serveFiles(Object.fromEntries(portal.topics.map(pageFile)));
}

/** The titles the page lists, in order. */
const titles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('a topic’s pages', () => {
  it('open on the newest records and lead to older ones and back', async () => {
    await serveTopic();
    renderApp('/topics/oncology');
    expect(await screen.findByRole('heading', { level: 1, name: 'Oncology' })).toBeVisible();
    expect(screen.getByText(/65 records\. It is a subject area of 65 records\./)).toBeVisible();
    const newest = titles();
    expect(newest[0]).toBe('Record 65');
    const pager = screen.getByRole('navigation', { name: 'Pages of records' });
    expect(pager).toHaveTextContent(`The newest ${String(newest.length)} of 65`);
    expect(within(pager).queryByRole('link', { name: /newer/i })).toBeNull();

    // Older and older to the oldest record, every record once, newest first, the years said.
    const seen = [...newest];
    let link = within(pager).queryByRole('link', { name: 'Older records →' });
    const pageTitles: string[] = [];
    const firstOnPage = [newest[0] ?? ''];
    while (link) {
      const before = seen.length;
      await userEvent.click(link);
      await screen.findByRole('link', { name: `Record ${String(65 - before)}` });
      expect(screen.getByText(/^Older records, published/)).toBeVisible();
      expect(screen.queryByRole('region', { name: 'Related topics' })).toBeNull();
      firstOnPage.push(titles()[0] ?? '');
      seen.push(...titles());
      pageTitles.push(document.title);
      link = screen.queryByRole('link', { name: 'Older records →' });
    }
    expect(seen).toEqual(Array.from({ length: 65 }, (_, i) => `Record ${String(65 - i)}`));
    expect(pageTitles.at(-1)).toMatch(/^Oncology \(older records, published January 2000 to /);

    // And back, newer and newer, to the topic's own page.
    for (const first of firstOnPage.slice(0, -1).toReversed()) {
      await userEvent.click(screen.getByRole('link', { name: '← Newer records' }));
      expect(await screen.findByRole('link', { name: first })).toBeVisible();
    }
    expect(await screen.findByText(/65 records\./)).toBeVisible();
  });

  it.each([['/topics/oncology/0123abcd'], ['/topics/oncology/2'], ['/topics/oncology/..%2F..']])(
    'say %s is not found',
    async (url) => {
      await serveTopic();
      renderApp(url);
      expect(await screen.findByRole('heading', { name: 'Topic not found' })).toBeVisible();
      expect(
        screen.getByText('No such page of older records on the topic “oncology” in this portal.'),
      ).toBeVisible();
    },
  );
});

describe('the dates a page of older records says', () => {
  it.each<[string, { newest: string; oldest: string; undated: boolean }, string]>([
    [
      'days',
      { newest: '2024-03-27', oldest: '2024-03-03', undated: false },
      'published 3 to 27 March 2024',
    ],
    ['several years', { newest: '2005', oldest: '2003', undated: false }, 'published 2003 to 2005'],
    [
      'one day',
      { newest: '2024-03-03', oldest: '2024-03-03', undated: false },
      'published on 3 March 2024',
    ],
    [
      'one month',
      { newest: '2024-03', oldest: '2024-03', undated: false },
      'published in March 2024',
    ],
    ['one year', { newest: '2003', oldest: '2003', undated: false }, 'published in 2003'],
    [
      'some undated',
      { newest: '2003', oldest: '2003', undated: true },
      'published in 2003, and undated',
    ],
    ['none dated', { newest: '', oldest: '', undated: true }, 'undated'],
  ])('%s', (_, published, text) => {
    expect(publishedText(published)).toBe(text);
  });
});
