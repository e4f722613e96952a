import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { seed } from '../fixtures/records';
import { renderApp, serveFiles } from '../support/render';

const fingerprintRegion = () => screen.getByRole('region', { name: 'Fingerprint' });

beforeEach(() => {});

describe('the fingerprint section', () => {
  it('shows the top concepts as bars with their percentage as text', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}`);
    const list = await within(
      await screen.findByRole('region', { name: 'Fingerprint' }),
    ).findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThanOrEqual(8);
    const first = within(items[0] ?? list).getByRole('button');
    expect(first).toHaveAccessibleName('Multiple myeloma');
    expect(first).toHaveAccessibleDescription('100%');
    expect(fingerprintRegion()).toHaveTextContent('Derived by Lectern');
  });

  it('explains a weight on demand', async () => {
    const user = userEvent.setup();
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}`);
    const region = await screen.findByRole('region', { name: 'Fingerprint' });
    const why = await within(region).findByText(/^Why 100%/);
    const explanation = within(region).getByText('title 1×, abstract 7×, author keyword');
    expect(explanation).not.toBeVisible();
    await user.click(why);
    expect(explanation).toBeVisible();
  });

  it('highlights a concept’s passages and puts it in the URL', async () => {
    const user = userEvent.setup();
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    const { router } = renderApp(`/records/${seed.id}`);
    const region = await screen.findByRole('region', { name: 'Fingerprint' });
    await user.click(await within(region).findByRole('button', { name: 'Clinical trials' }));
    await within(region).findByRole('button', { name: 'Clinical trials', pressed: true });
    await waitFor(() => {
      expect(router.state.location.search).toBe('?hl=clinical+trials');
    });
    const marks = screen.queryAllByRole('mark').filter((m) => m.title === 'Clinical trials');
    expect(marks.map((m) => m.textContent)).toEqual([
      'clinical trials',
      'clinical trials',
      'clinical trials',
      'clinical trials',
    ]);
  });

  it('shows a fingerprint the record gives, as given', async () => {
    serveFiles({
      [`records/${seed.id}.json`]: {
        json: {
          ...seed,
          fingerprint: [{ concept: 'Neoplasms', weight: 37, category: 'Medicine' }],
        },
      },
    });
    renderApp(`/records/${seed.id}`);
    const region = await screen.findByRole('region', { name: 'Fingerprint' });
    expect(
      await within(region).findByRole('button', { name: 'Neoplasms' }),
    ).toHaveAccessibleDescription('37%');
    expect(region).toHaveTextContent('As the record gives it');
  });

  it('says when there is not enough text', async () => {
    serveFiles({
      'records/bare.json': { json: { id: 'bare', title: 'Only a title', authors: [] } },
    });
    renderApp('/records/bare');
    const region = await screen.findByRole('region', { name: 'Fingerprint' });
    expect(await within(region).findByText('Not enough text for a fingerprint.')).toBeVisible();
  });

  const french = {
    id: 'myelome',
    title: 'Le myélome multiple et la thalidomide',
    authors: [],
    language: 'French',
    abstract:
      'Le myélome multiple est une maladie maligne. La thalidomide traite le myélome multiple.',
  };

  it('in a record not in English, derives from the author keywords alone and says why', async () => {
    serveFiles({
      'records/myelome.json': { json: { ...french, keywords: ['Thalidomide', 'Rein'] } },
    });
    renderApp('/records/myelome');
    const region = await screen.findByRole('region', { name: 'Fingerprint' });
    const list = await within(region).findByRole('list');
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Thalidomide']);
    expect(region).toHaveTextContent(
      'Derived by Lectern from the author keywords alone (this record is in French, and key phrases are found in English text only)',
    );
  });

  it('in a record not in English whose text uses none of its keywords, says why there is none', async () => {
    serveFiles({ 'records/myelome.json': { json: { ...french, keywords: ['Rein'] } } });
    renderApp('/records/myelome');
    const region = await screen.findByRole('region', { name: 'Fingerprint' });
    expect(
      await within(region).findByText(
        'No fingerprint: this record is in French, and key phrases are found in English text only, and the title and abstract use none of its keywords.',
      ),
    ).toBeVisible();
  });
});

describe('the full fingerprint page', () => {
  it('lists every concept with its weight, category and reason, each leading into the text', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}/fingerprint`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Fingerprint' })).toBeVisible();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Neither the column label ("Drug insight") nor a keyword the text never uses is a concept.
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Multiple myelomaAuthor keyword',
      'ThalidomideAuthor keyword',
      'StromaAuthor keyword',
      'Tumor microenvironmentAuthor keyword',
      'DrugsKey phrase',
      'AgentsKey phrase',
      'Clinical trialsKey phrase',
      'Bone marrowKey phrase',
    ]);
    expect(rows[0]).toHaveTextContent(
      'Multiple myelomaAuthor keyword100%title 1×, abstract 7×, author keyword',
    );
    expect(
      within(table).getByRole('link', { name: 'Thalidomide: show in the text' }),
    ).toHaveAttribute('href', `/records/${seed.id}?hl=thalidomide`);
  });

  it('leads to the first passage of a concept, focused and read out, and Back returns to the link', async () => {
    const user = userEvent.setup();
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    const { router } = renderApp(`/records/${seed.id}/fingerprint`);
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('link', { name: 'Thalidomide: show in the text' }));
    const nav = await screen.findByRole('group', { name: 'Matches' });
    await waitFor(() => {
      expect(nav).toHaveTextContent('1 of 3');
    });
    expect(screen.getAllByRole('mark', { name: /Thalidomide/ })[0]).toHaveFocus();
    expect(
      screen.getAllByRole('status').some((s) => s.textContent.startsWith('1 of 3: Thalidomide.')),
    ).toBe(true);
    await act(() => router.navigate(-1));
    const link = await screen.findByRole('link', { name: 'Thalidomide: show in the text' });
    await waitFor(() => {
      expect(link).toHaveFocus();
    });
  });
});
