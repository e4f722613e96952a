import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { minimalRecord, seed } from '../fixtures/records';
import { currentServer, renderApp, serveFiles, warmCitationEngine } from '../support/render';

// The engine loads once per file, outside any test's limit.
beforeAll(warmCitationEngine, 60_000);

const heading = () => screen.getByRole('heading', { level: 1 });

describe('a record with bad fields', () => {
  it('is shown, with a notice naming each field left out and why', async () => {
    serveFiles({
      'records/partial.json': {
        json: {
          id: 'partial',
          title: 'A partly broken record',
          authors: [{ given: 'Ada', family: 'Lovelace' }],
          doi: 'doi:not-a-doi',
          published: '2005-02-30',
          keywords: ['Engines', 42, 'Looms'],
          abstract: 'The abstract is still here.',
        },
      },
    });
    renderApp('/records/partial');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A partly broken record' }),
    ).toBeVisible();
    expect(screen.getByText('The abstract is still here.')).toBeVisible();
    const notice = screen.getByRole('region', {
      name: 'Not everything in this record could be shown',
    });
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The publication date (“2005-02-30”) is not a calendar date, so only its year, 2005, is shown.',
      'The DOI could not be read, so it is not shown.',
      'Keyword 2 could not be read, so it is not shown.',
    ]);
    // What the validator said goes to operators, each line with the file and the field's place.
    expect(currentServer().warn.mock.calls.map(([line]) => line)).toEqual([
      'records/partial.json: published: "2005-02-30" is not a calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'records/partial.json: doi: expected a bare DOI such as "10.1000/xyz123"',
      'records/partial.json: keywords[1]: expected a string, got 42',
    ]);
    const keywords = screen.getByRole('region', { name: 'Keywords' });
    expect(within(keywords).getByRole('button', { name: /Engines/ })).toBeVisible();
    expect(within(keywords).getByRole('button', { name: /Looms/ })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent(/Published\s*2005$/);
    expect(screen.queryByRole('link', { name: /not-a-doi/ })).toBeNull();
  });

  it('has no notice when nothing was left out', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    expect(screen.queryByRole('region', { name: /could be shown/ })).toBeNull();
  });
});

describe('a long author list', () => {
  const authors = Array.from({ length: 1000 }, (_, i) => ({
    given: 'Author',
    family: `No${i + 1}`,
  }));

  it('shows ten names and how many more, and all of them on request, kept in the URL', async () => {
    serveFiles({ 'records/crowd.json': { json: { id: 'crowd', title: 'Crowd', authors } } });
    const user = userEvent.setup();
    const { router } = renderApp('/records/crowd');
    await screen.findByRole('heading', { level: 1, name: 'Crowd' });
    // The short list and the whole one are both in the page (the whole one for readers without
    // scripts); one of them is shown.
    const list = (ending: string) =>
      screen.getByText(
        (_, element) =>
          element?.tagName === 'SPAN' &&
          element.textContent.startsWith('Author No1,') &&
          element.textContent.endsWith(ending),
      );
    expect(list('and 990 more')).toBeVisible();
    expect(list('and 990 more')).not.toHaveTextContent('Author No11,');
    expect(list('and Author No1000')).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show all 1,000 authors' }));
    expect(list('and Author No1000')).toBeVisible();
    expect(list('and 990 more')).not.toBeVisible();
    expect(router.state.location.search).toBe('?authors=all');
    expect(screen.getByRole('button', { name: 'Show fewer authors' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('stays short for a few authors, with no button', async () => {
    serveFiles({
      'records/few.json': { json: { id: 'few', title: 'Few', authors: authors.slice(0, 12) } },
    });
    renderApp('/records/few');
    await screen.findByRole('heading', { level: 1, name: 'Few' });
    expect(
      screen.getByText(
        (_, element) => element?.tagName === 'P' && element.textContent.startsWith('Author No1,'),
      ),
    ).toHaveTextContent('Author No11, and Author No12');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});

describe('right-to-left text', () => {
  const arabic = {
    id: 'arabic',
    title: 'العلاج بالثاليدوميد',
    authors: [
      { given: 'أحمد', family: 'علي' },
      { given: 'Ada', family: 'Lovelace' },
    ],
    language: 'Arabic',
    keywords: ['الثاليدوميد'],
    abstract: 'يستخدم الثاليدوميد في العلاج.\u202E unclosed override',
  };

  it('gets its direction from its content and never reorders the UI around it', async () => {
    serveFiles({ 'records/arabic.json': { json: arabic } });
    renderApp('/records/arabic');
    await screen.findByRole('heading', { level: 1, name: arabic.title });
    expect(heading()).toHaveAttribute('dir', 'auto');
    expect(heading()).toHaveAttribute('lang', 'ar');
    // Each name is its own isolate.
    for (const name of ['أحمد علي', 'Ada Lovelace']) {
      expect(screen.getByText(name).tagName).toBe('BDI');
    }
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' && element.textContent.startsWith('يستخدم الثاليدوميد'),
      ),
    ).toHaveAttribute('dir', 'auto');
    expect(document.title).toBe('\u2068العلاج بالثاليدوميد\u2069 – Lectern');
  });
});

describe('moving between records', () => {
  const other = { ...minimalRecord, id: 'other', title: 'The other record' };

  it('shows the new record whole, closes the panel and puts the focus on its heading', async () => {
    serveFiles({
      [`records/${seed.id}.json`]: { json: seed },
      'records/other.json': { json: other },
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/records/${seed.id}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    await user.click(screen.getByRole('button', { name: 'Cite this' }));
    expect(await screen.findByRole('region', { name: 'Cite this' })).toBeVisible();

    await act(() => router.navigate('/records/other'));
    expect(await screen.findByRole('heading', { level: 1, name: other.title })).toHaveFocus();
    expect(screen.queryByText(seed.title)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Cite this' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cite this' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});

describe('the keyboard', () => {
  it('closes the cite panel with Escape and returns to "Cite this"', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    const user = userEvent.setup();
    const { router } = renderApp(`/records/${seed.id}`);
    const cite = await screen.findByRole('button', { name: 'Cite this' });
    await user.click(cite);
    await user.click(screen.getByRole('combobox', { name: 'Format' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Cite this' })).toBeNull();
    expect(cite).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });

  it('shows the match keys on the navigator', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}?hl=thalidomide`);
    const nav = await screen.findByRole('group', { name: 'Matches' });
    const next = within(nav).getByRole('button', { name: 'Next' });
    expect(next).toHaveAttribute('aria-keyshortcuts', 'n');
    expect(next).toHaveTextContent('Next ↓n');
    expect(within(nav).getByRole('button', { name: 'Previous' })).toHaveTextContent('↑ Previousp');
  });
});

describe('reading order', () => {
  it('puts the keywords before the abstract, so a phone reaches them first', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    const keywords = screen.getByRole('heading', { level: 2, name: 'Keywords' });
    const abstract = screen.getByRole('heading', { level: 2, name: 'Abstract' });
    expect(
      keywords.compareDocumentPosition(abstract) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
