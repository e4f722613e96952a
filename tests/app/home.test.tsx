import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, serveFiles } from '../support/render';
import { memoryEngine } from '../support/searchEngine';
import { seed, minimalRecord } from '../fixtures/records';

/** Forty-five records over three years, two journals and two output types. */
const many = Array.from({ length: 45 }, (_, i) => ({
  id: `record-${String(i + 1).padStart(2, '0')}`,
  title: `${i % 3 === 0 ? 'Stroma' : 'Plasma'} study number ${i + 1}`,
  authors: [{ given: 'Ada', family: `Author${i + 1}` }],
  type: `Contribution to journal › ${i % 2 ? 'Article' : 'Review article'} › peer-review`,
  journal: { title: i % 4 === 0 ? 'Journal of Stroma' : 'Plasma Letters' },
  published: `${2019 + (i % 3)}-0${1 + (i % 9)}-01`,
  subjectAreas: ['Oncology'],
}));

const results = () =>
  within(screen.getByRole('list', { name: 'Results' })).getAllByRole('listitem');
const status = () => screen.getByRole('status');

describe('the home page', () => {
  it('lists the records newest first, each a link with its authors, journal, year and type', async () => {
    renderApp('/', { searchEngine: memoryEngine([minimalRecord, seed]) });
    expect(await screen.findByText('2 records')).toBeInTheDocument();
    const [first, second, ...rest] = results();
    expect(rest).toHaveLength(0);
    expect(within(first as HTMLElement).getByRole('link', { name: seed.title })).toHaveAttribute(
      'href',
      `/records/${seed.id}`,
    );
    expect(first).toHaveTextContent('Shaji Kumar and Kenneth C. Anderson');
    expect(first).toHaveTextContent('Nature Clinical Practice Oncology, 2005 · Review article');
    expect(second).toHaveTextContent(/^A title and nothing else$/);
  });

  it('searches as the reader types, keeps the words in the address, and marks where they matched', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { searchEngine: memoryEngine(many) });
    await screen.findByText('45 records');
    await user.type(screen.getByRole('searchbox', { name: /search titles, authors/i }), 'stroma');
    await waitFor(() => {
      expect(status()).toHaveTextContent('23 records match “stroma” · 1–10');
    });
    expect(router.state.location.search).toBe('?q=stroma');
    expect(screen.getAllByText('Stroma', { selector: 'mark' })).not.toHaveLength(0);
  });

  it('asks the search index once for each word typed, and once for the plain list', async () => {
    const user = userEvent.setup();
    const engine = memoryEngine(many);
    renderApp('/', { searchEngine: engine });
    await screen.findByText('45 records');
    await user.type(screen.getByRole('searchbox', { name: /search titles, authors/i }), 'plasma');
    await waitFor(() => {
      expect(status()).toHaveTextContent('41 records match “plasma” · 1–10');
    });
    expect(engine.requests.map((r) => r.q)).toEqual([
      '',
      'p',
      'pl',
      'pla',
      'plas',
      'plasm',
      'plasma',
    ]);
  });

  it('narrows by facets (any value of one, all of several), and clears them', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { searchEngine: memoryEngine(many) });
    const years = await screen.findByRole('group', { name: 'Year' });
    await user.click(within(years).getByRole('checkbox', { name: '2021 (15)' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent('15 records match the filters');
    });
    await user.click(within(years).getByRole('checkbox', { name: '2020 (15)' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent('30 records match the filters');
    });
    const types = screen.getByRole('group', { name: 'Output type' });
    await user.click(within(types).getByRole('checkbox', { name: /^Review article/ }));
    await waitFor(() => {
      expect(status()).toHaveTextContent('15 records match the filters');
    });
    expect(router.state.location.search).toBe('?year=2020&year=2021&type=Review+article');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent('45 records');
    });
    expect(router.state.location.search).toBe('');
  });

  it('pages through the results with links that keep the request, the focus on the new count', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=study', { searchEngine: memoryEngine(many) });
    const pages = await screen.findByRole('navigation', { name: 'Pages of results' });
    expect(pages).toHaveTextContent('Page 1 of 5');
    expect(within(pages).queryByRole('link', { name: /previous page/i })).not.toBeInTheDocument();
    await user.click(within(pages).getByRole('link', { name: /next page/i }));
    await waitFor(() => {
      expect(status()).toHaveTextContent('45 records match “study” · 11–20');
    });
    await waitFor(() => {
      expect(status()).toHaveFocus();
    });
    // New words are not a turn of the page: the focus stays in the search box.
    await user.type(screen.getByRole('searchbox'), ' number');
    await waitFor(() => {
      expect(status()).toHaveTextContent('45 records match “study number”');
    });
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await router.navigate('/?q=study&page=2');
    await waitFor(() => {
      expect(status()).toHaveTextContent('45 records match “study” · 11–20');
    });
    expect(router.state.location.search).toBe('?q=study&page=2');
    expect(screen.getByRole('list', { name: 'Results' })).toHaveAttribute('start', '11');
    expect(results()).toHaveLength(10);
  });

  it('opens on the last page with the records left, and no next page', async () => {
    renderApp('/?q=study&page=5', { searchEngine: memoryEngine(many) });
    const pages = await screen.findByRole('navigation', { name: 'Pages of results' });
    expect(pages).toHaveTextContent('Page 5 of 5');
    expect(within(pages).queryByRole('link', { name: /next page/i })).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('45 records match “study” · 41–45');
    expect(results()).toHaveLength(5);
  });

  it('offers the last page for a page past the end', async () => {
    const user = userEvent.setup();
    renderApp('/?q=study&page=9', { searchEngine: memoryEngine(many) });
    await user.click(await screen.findByRole('link', { name: 'Go to the last page, 5' }));
    expect(await screen.findByText('Page 5 of 5')).toBeInTheDocument();
  });

  it('opens on the request its address holds', async () => {
    renderApp('/?q=plasma&journal=Journal+of+Stroma', { searchEngine: memoryEngine(many) });
    expect(await screen.findByRole('searchbox')).toHaveValue('plasma');
    await waitFor(() => {
      expect(status()).toHaveTextContent('8 records match “plasma” with 1 filter');
    });
    expect(await screen.findByRole('checkbox', { name: /^Journal of Stroma/ })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Filters (1 chosen)' })).toHaveAttribute(
      'href',
      '#filters',
    );
  });

  it('opens a result with the way back to exactly that list: words, filters and page', async () => {
    const user = userEvent.setup();
    serveFiles(
      Object.fromEntries(many.map((record) => [`records/${record.id}.json`, { json: record }])),
    );
    const { router } = renderApp('/?q=plasma&journal=Plasma+Letters&page=2', {
      searchEngine: memoryEngine(many),
    });
    const [firstResult] = await screen.findAllByRole('link', { name: /^Plasma study number/ });
    if (!firstResult) throw new Error('no results');
    await user.click(firstResult);
    const back = await screen.findByRole('link', { name: '← Back to the results for “plasma”' });
    await user.click(back);
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('?q=plasma&journal=Plasma+Letters&page=2');
    expect(await screen.findByText(/Page 2 of/)).toBeInTheDocument();
  });

  it('says so when nothing matches, and how to find more', async () => {
    renderApp('/?q=nothing-like-this', { searchEngine: memoryEngine(many) });
    expect(await screen.findByText('No records match “nothing-like-this”.')).toBeInTheDocument();
    expect(screen.getByText(/try other or fewer words/i)).toBeInTheDocument();
  });

  it('offers another spelling when nothing matches, only one that finds records', async () => {
    const user = userEvent.setup();
    serveFiles({
      'search/words.json': {
        json: {
          words: [
            ['myeloma', 1],
            ['thalidomide', 1],
            ['zebrafisch', 1],
          ],
        },
      },
    });
    const engine = memoryEngine([seed]);
    const { router } = renderApp('/?q=myleoma', { searchEngine: engine });
    const offer = await screen.findByRole('link', { name: '“myeloma”' });
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' && element.textContent === 'Did you mean “myeloma” (1 record)?',
      ),
    ).toBeInTheDocument();
    await user.click(offer);
    expect(router.state.location.search).toBe('?q=myeloma');
    expect(await screen.findByText('1 record matches “myeloma”')).toBeInTheDocument();
    // A nearer word that finds nothing is not offered.
    await router.navigate('/?q=zebrafish');
    expect(await screen.findByText('No records match “zebrafish”.')).toBeInTheDocument();
    // Once the other spelling has been tried, and found nothing, it is not offered.
    await waitFor(() => {
      expect(engine.requests.map((r) => r.q)).toContain('zebrafisch');
    });
    await act(() => Promise.resolve());
    expect(screen.queryByText(/did you mean/i)).not.toBeInTheDocument();
  });

  it('shows longer facets in part, with a button for the rest', async () => {
    const user = userEvent.setup();
    const journals = Array.from({ length: 12 }, (_, i) => ({
      id: `j-${i}`,
      title: `Paper ${i}`,
      authors: [],
      journal: { title: `Journal ${String.fromCharCode(65 + i)}` },
    }));
    renderApp('/', { searchEngine: memoryEngine(journals) });
    const group = await screen.findByRole('group', { name: 'Journal' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(8);
    await user.click(within(group).getByRole('button', { name: 'Show all 12 journal values' }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(12);
    // A value chosen from the long list stays in sight when the list is short again.
    await user.click(within(group).getByRole('checkbox', { name: 'Journal L (1)' }));
    await user.click(within(group).getByRole('button', { name: 'Show fewer journal values' }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(9);
    expect(within(group).getByRole('checkbox', { name: 'Journal L (1)' })).toBeChecked();
  });

  it('says when the search index cannot be loaded, offers the browse pages, and tries again on request', async () => {
    const user = userEvent.setup();
    let fail = true;
    const engine = memoryEngine([seed]);
    const flaky = {
      search: (request: Parameters<typeof engine.search>[0]) =>
        fail ? Promise.reject(new Error('offline')) : engine.search(request),
      facets: (request: Parameters<typeof engine.facets>[0]) => engine.facets(request),
    };
    renderApp('/', { searchEngine: flaky });
    expect(await screen.findByRole('alert')).toHaveTextContent('Search is not available: offline');
    expect(screen.getByRole('link', { name: 'browse them' })).toHaveAttribute('href', '/browse');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: seed.title })).toBeInTheDocument();
  });
});
