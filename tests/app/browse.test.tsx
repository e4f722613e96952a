import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, serveFiles } from '../support/render';
import { browseFiles } from '../../src/search/browse';
import { parseRecord } from '../../src/record/read';
import { minimalRecord, recordWithDoi, seed } from '../fixtures/records';

const records = [
  seed,
  recordWithDoi,
  minimalRecord,
  { ...seed, id: 'seed-again', title: 'Again' },
].map((r) => parseRecord(r).value);
const { index, years } = browseFiles(records);

describe('browse by year', () => {
  it('groups records by year, newest year first, undated last', () => {
    expect(index.years).toEqual([
      { year: '2019', count: 1 },
      { year: '2005', count: 2 },
      { year: 'undated', count: 1 },
    ]);
    expect(years[1]?.records.map((r) => r.id)).toEqual(['seed-again', seed.id]);
  });

  it('lists the years, each leading to its records', async () => {
    const user = userEvent.setup();
    serveFiles({
      'browse/index.json': { json: index },
      'browse/2005.json': { json: years[1] },
    });
    const { router } = renderApp('/browse');
    const list = await screen.findByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2019 (1 record)', '2005 (2 records)', 'No date recorded (1 record)']);
    await user.click(within(list).getByRole('link', { name: '2005' }));
    expect(await screen.findByRole('heading', { level: 1, name: '2005' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/browse/2005');
    // A record opened from the list offers the way back to it.
    expect(screen.getByRole('link', { name: seed.title })).toHaveAttribute(
      'href',
      `/records/${seed.id}?from=%2Fbrowse%2F2005`,
    );
    const records = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(records.map((li) => li.textContent)).toEqual([
      'AgainShaji Kumar and Kenneth C. Anderson',
      `${seed.title}Shaji Kumar and Kenneth C. Anderson`,
    ]);
  });

  it('says what is wrong when the build wrote no such list', async () => {
    serveFiles({});
    renderApp('/browse/1888');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no browse/1888.json: this list is written by npm run build.',
    );
  });
});
