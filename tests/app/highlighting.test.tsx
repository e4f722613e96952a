import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seed } from '../fixtures/records';
import { renderApp, serveFiles, warmCitationEngine } from '../support/render';

// The engine loads once per file, outside any test's limit.
beforeAll(warmCitationEngine, 60_000);

const url = `/records/${seed.id}`;

beforeEach(() => {
  serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
});

async function openSeed(at = url) {
  const view = renderApp(at);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

const keywords = () => within(screen.getByRole('region', { name: 'Keywords' }));
const keyword = (name: string) => keywords().getByRole('button', { name });
/** The text of every mark of the term called `label` (a mark's title names its terms). */
const marks = (label: string) =>
  screen
    .queryAllByRole('mark')
    .filter((m) => m.title.split(', ').includes(label))
    .map((m) => m.textContent);
/** Waits for the address to catch up with the toggles (it follows once they are painted). */
const addressHas = (view: ReturnType<typeof renderApp>['router'], search: string) =>
  waitFor(() => {
    expect(view.state.location.search).toBe(search);
  });
const status = () => screen.getAllByRole('status').at(-1);

describe('keyword highlighting', () => {
  it('offers each keyword as a toggle with its number of matches', async () => {
    await openSeed();
    const expected: [string, string][] = [
      ['Immunomodulatory drug', '0 matches'],
      ['Multiple myeloma', '8 matches'],
      ['Stroma', '1 match'],
      ['Thalidomide', '3 matches'],
      ['Tumor microenvironment', '1 match'],
    ];
    for (const [name, description] of expected) {
      expect(keyword(name)).toHaveAttribute('aria-pressed', 'false');
      expect(keyword(name)).toHaveAccessibleDescription(description);
    }
  });

  it('marks every occurrence when a keyword is turned on, and says how many', async () => {
    const user = userEvent.setup();
    const { router } = await openSeed();
    await user.click(keyword('Stroma'));
    await keywords().findByRole('button', { name: 'Stroma', pressed: true });
    expect(marks('Stroma')).toEqual(['stromal']);
    expect(status()).toHaveTextContent('Stroma: 1 match highlighted.');
    await addressHas(router, '?hl=stroma');

    await user.click(keyword('Multiple myeloma'));
    await keywords().findByRole('button', { name: 'Multiple myeloma', pressed: true });
    expect(marks('Multiple myeloma')).toEqual([
      'multiple myeloma',
      'Multiple myeloma',
      'MM',
      'MM',
      'MM',
      'MM',
      'MM',
      'MM',
    ]);
    await addressHas(router, '?hl=stroma,multiple+myeloma');
  });

  it('turns a keyword off again, and Clear turns all off', async () => {
    const user = userEvent.setup();
    await openSeed(`${url}?hl=thalidomide,stroma`);
    expect(keyword('Thalidomide')).toHaveAttribute('aria-pressed', 'true');
    await user.click(keyword('Thalidomide'));
    await keywords().findByRole('button', { name: 'Thalidomide', pressed: false });
    expect(marks('Thalidomide')).toEqual([]);
    expect(marks('Stroma')).toEqual(['stromal']);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await keywords().findByRole('button', { name: 'Stroma', pressed: false });
    expect(screen.queryAllByRole('mark')).toHaveLength(0);
    expect(status()).toHaveTextContent('Highlights cleared.');
  });

  it('adds the reader’s own term from "Find in text", as literal text', async () => {
    const user = userEvent.setup();
    const { router } = await openSeed();
    const find = screen.getByRole('search', { name: 'Find in text' });
    await user.type(
      within(find).getByRole('searchbox', { name: 'Find in text' }),
      'plasma cells{Enter}',
    );
    expect(await keywords().findByRole('button', { name: 'plasma cells' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await addressHas(router, '?hl=plasma+cells');
    expect(marks('plasma cells')).toEqual(['plasma cells']);
    expect(status()).toHaveTextContent('plasma cells: 1 match highlighted.');

    await user.type(within(find).getByRole('searchbox'), '<mark>{Enter}');
    expect(await keywords().findByRole('button', { name: '<mark>' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('<mark>: 0 matches highlighted.');
  });

  it('shows a range of two terms with both', async () => {
    await openSeed(`${url}?hl=bone,bone+marrow`);
    const both = screen.queryAllByRole('mark').filter((m) => m.title === 'bone, bone marrow');
    // One mark per range, naming both terms (and painted in both colours, see the e2e screenshots).
    expect(both).toHaveLength(3);
  });

  it('walks through matches in reading order with buttons and keys, announcing each', async () => {
    const user = userEvent.setup();
    await openSeed(`${url}?hl=thalidomide`);
    const nav = screen.getByRole('group', { name: 'Matches' });
    expect(nav).toHaveTextContent('3 matches');
    await user.click(within(nav).getByRole('button', { name: 'Next' }));
    expect(nav).toHaveTextContent('1 of 3');
    expect(screen.getAllByRole('mark', { name: /Thalidomide/ })[0]).toHaveFocus();
    expect(status()).toHaveTextContent(
      '1 of 3: Thalidomide. Drug insight: Thalidomide as a treatment for multiple myeloma',
    );
    await user.keyboard('n');
    expect(nav).toHaveTextContent('2 of 3');
    expect(status()).toHaveTextContent(/^2 of 3: Thalidomide\. In this review, we describe/);
    await user.keyboard('p');
    await user.keyboard('p');
    expect(nav).toHaveTextContent('3 of 3');
    await user.click(within(nav).getByRole('button', { name: 'Previous' }));
    expect(nav).toHaveTextContent('2 of 3');
  });

  it('keeps its place when something else in the address changes (the cite panel)', async () => {
    const user = userEvent.setup();
    const { router } = await openSeed(`${url}?hl=thalidomide`);
    const nav = screen.getByRole('group', { name: 'Matches' });
    await user.click(within(nav).getByRole('button', { name: 'Next' }));
    expect(nav).toHaveTextContent('1 of 3');
    await user.click(screen.getByRole('button', { name: 'Cite this' }));
    await addressHas(router, '?hl=thalidomide&cite=apa');
    expect(nav).toHaveTextContent('1 of 3');
    await user.click(within(nav).getByRole('button', { name: 'Next' }));
    expect(nav).toHaveTextContent('2 of 3');
  });

  it('marks and unmarks the title with its keyword, and keeps the address of later changes', async () => {
    const user = userEvent.setup();
    const { router } = await openSeed();
    const title = () => within(screen.getByRole('heading', { level: 1 }));
    await user.click(keyword('Multiple myeloma'));
    await keywords().findByRole('button', { name: 'Multiple myeloma', pressed: true });
    expect(
      title()
        .getAllByRole('mark')
        .map((m) => m.textContent),
    ).toEqual(['multiple myeloma']);
    await user.click(keyword('Stroma'));
    await keywords().findByRole('button', { name: 'Stroma', pressed: true });
    expect(title().getAllByRole('mark')).toHaveLength(1);
    await user.click(keyword('Multiple myeloma'));
    await keywords().findByRole('button', { name: 'Multiple myeloma', pressed: false });
    expect(title().queryAllByRole('mark')).toHaveLength(0);
    // The header and the cite panel, which a toggle leaves alone, act on the address as it is now.
    await user.click(screen.getByRole('button', { name: 'Cite this' }));
    await addressHas(router, '?hl=stroma&cite=apa');
    expect(marks('Stroma')).toEqual(['stromal']);
  });

  it('keeps each term’s colour while it is on, and gives none to a keyword the text never uses', async () => {
    const user = userEvent.setup();
    await openSeed(`${url}?hl=thalidomide,stroma`);
    const colourOf = (name: string) =>
      [...keyword(name).classList].find((c) => c.startsWith('hl-a')) ?? 'none';
    const stroma = colourOf('Stroma');
    expect(stroma).not.toBe(colourOf('Thalidomide'));
    await user.click(keyword('Thalidomide'));
    await keywords().findByRole('button', { name: 'Thalidomide', pressed: false });
    expect(colourOf('Stroma')).toBe(stroma);

    await user.click(keyword('Immunomodulatory drug'));
    expect(keyword('Immunomodulatory drug')).toHaveAttribute('aria-pressed', 'false');
    expect(colourOf('Immunomodulatory drug')).toBe('none');
    expect(status()).toHaveTextContent(
      'Immunomodulatory drug: no matches in the title or abstract.',
    );
  });

  it('ignores the n key while the reader types', async () => {
    const user = userEvent.setup();
    await openSeed(`${url}?hl=thalidomide`);
    await user.type(screen.getByRole('searchbox', { name: 'Find in text' }), 'n');
    expect(screen.getByRole('group', { name: 'Matches' })).toHaveTextContent('3 matches');
  });

  it('shows toggles made faster than the address follows, each its own step back', async () => {
    const { router } = await openSeed();
    // Two clicks before the next frame: both show at once, before the address has changed.
    fireEvent.click(keyword('Stroma'));
    fireEvent.click(keyword('Thalidomide'));
    expect(keyword('Stroma')).toHaveAttribute('aria-pressed', 'true');
    expect(keyword('Thalidomide')).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('');
    await addressHas(router, '?hl=stroma,thalidomide');
    await router.navigate(-1);
    await addressHas(router, '?hl=stroma');
    await waitFor(() => {
      expect(keyword('Thalidomide')).toHaveAttribute('aria-pressed', 'false');
    });
    expect(keyword('Stroma')).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps a keyword turned on and off again before a frame off, each click a step back', async () => {
    const { router } = await openSeed();
    const start = router.state.location.key;
    const stroma = keyword('Stroma');
    const shown: (string | null)[] = [];
    const observer = new MutationObserver(() => shown.push(stroma.getAttribute('aria-pressed')));
    fireEvent.click(stroma);
    fireEvent.click(keyword('Stroma'));
    observer.observe(stroma, { attributes: true, attributeFilter: ['aria-pressed'] });
    // Both steps reach the address (on, then off again), and the button never shows on between.
    await waitFor(() => {
      expect(router.state.location.key).not.toBe(start);
      expect(router.state.location.search).toBe('');
    });
    observer.disconnect();
    expect(shown).not.toContain('true');
    expect(keyword('Stroma')).toHaveAttribute('aria-pressed', 'false');
    await router.navigate(-1);
    await addressHas(router, '?hl=stroma');
    await waitFor(() => {
      expect(keyword('Stroma')).toHaveAttribute('aria-pressed', 'true');
    });
  });

  it('drops a toggle the address has not caught up with when the reader goes Back', async () => {
    const user = userEvent.setup();
    const { router } = await openSeed();
    await user.click(keyword('Stroma'));
    await addressHas(router, '?hl=stroma');
    fireEvent.click(keyword('Thalidomide'));
    void router.navigate(-1);
    await addressHas(router, '');
    await waitFor(() => {
      expect(keyword('Stroma')).toHaveAttribute('aria-pressed', 'false');
    });
    expect(keyword('Thalidomide')).toHaveAttribute('aria-pressed', 'false');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.state.location.search).toBe('');
  });

  it('follows Back and Forward through the highlight states', async () => {
    const user = userEvent.setup();
    const { router } = await openSeed();
    await user.click(keyword('Stroma'));
    await addressHas(router, '?hl=stroma');
    await user.click(keyword('Thalidomide'));
    await addressHas(router, '?hl=stroma,thalidomide');
    await router.navigate(-1);
    await waitFor(() => {
      expect(keyword('Thalidomide')).toHaveAttribute('aria-pressed', 'false');
    });
    expect(keyword('Stroma')).toHaveAttribute('aria-pressed', 'true');
    await router.navigate(1);
    await waitFor(() => {
      expect(keyword('Thalidomide')).toHaveAttribute('aria-pressed', 'true');
    });
  });
});
