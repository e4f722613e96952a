import { dehydrate } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/read';
import { buildPortal, topicBlock, topicPath, type TopicPageData } from '../../src/portal/model';
import { portalKeys } from '../../src/portal/links';
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
    expect(titles()).toHaveLength(25);
    expect(titles()[0]).toBe('Record 65');
    const pager = screen.getByRole('navigation', { name: 'Pages of records' });
    expect(pager).toHaveTextContent('The newest 25 of 65');
    expect(within(pager).queryByRole('link', { name: /newer/i })).toBeNull();

    await userEvent.click(within(pager).getByRole('link', { name: 'Older records →' }));
    expect(
      await screen.findByText(/Older records, 21 to 40 counted from the oldest\./),
    ).toBeVisible();
    expect(titles()).toEqual(Array.from({ length: 20 }, (_, i) => `Record ${String(40 - i)}`));
    expect(screen.queryByRole('region', { name: 'Related topics' })).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: 'Older records →' }));
    expect(
      await screen.findByText(/Older records, 1 to 20 counted from the oldest\./),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Older records →' })).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: '← Newer records' }));
    expect(await screen.findByText(/21 to 40 counted from the oldest\./)).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: '← Newer records' }));
    expect(await screen.findByText(/65 records\./)).toBeVisible();
  });

  it('say a page of older records that is not there is not found', async () => {
    await serveTopic();
    renderApp('/topics/oncology/3');
    expect(await screen.findByRole('heading', { name: 'Topic not found' })).toBeVisible();
    expect(
      screen.getByText(/No topic “oncology” with a page of older records 3 in this portal\./),
    ).toBeVisible();
  });
});
