import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsl } from '../../src/citation/csl';
import { citationFile, citationSet } from '../../src/citation/prerendered';
import { parseRecord } from '../../src/record/read';
import { seed } from '../fixtures/records';
import { renderApp, serveFiles, warmCitationEngine } from '../support/render';

// The engine loads once per file, outside any test's limit.
beforeAll(warmCitationEngine, 60_000);

/** A build's citation file for `item`, each style saying where it came from. */
const builtFor = (record: unknown) =>
  citationSet(toCsl(parseRecord(record).value), (style) => ({
    kind: 'rich',
    bibliography: [{ text: `${style} citation written by the build` }],
    inText: null,
  }));

async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Cite this' }));
  const panel = await screen.findByRole('region', { name: 'Cite this' });
  return within(panel).findByTestId('citation');
}

describe('citations written by the build', () => {
  it('are what the panel shows for a built record, with no engine', async () => {
    const fetchStub = serveFiles({
      [`records/${seed.id}.json`]: { json: seed },
      [citationFile(seed.id)]: { json: builtFor(seed) },
    });
    const user = userEvent.setup();
    renderApp(`/records/${seed.id}`);
    expect(await openPanel(user)).toHaveTextContent('apa citation written by the build');
    expect(fetchStub).toHaveBeenCalledWith(`/${citationFile(seed.id)}`, expect.anything());
  });

  it('are not used when the record changed since the build: the engine renders it', async () => {
    serveFiles({
      [`records/${seed.id}.json`]: { json: seed },
      [citationFile(seed.id)]: { json: builtFor({ ...seed, title: 'An older title' }) },
    });
    const user = userEvent.setup();
    renderApp(`/records/${seed.id}`);
    expect(await openPanel(user)).toHaveTextContent(/^Kumar, S\., & Anderson, K\. C\. \(2005\)/);
  });

  it('are not needed: without the file the engine renders the citation', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    const user = userEvent.setup();
    renderApp(`/records/${seed.id}`);
    expect(await openPanel(user)).toHaveTextContent(/^Kumar, S\., & Anderson, K\. C\. \(2005\)/);
  });
});
