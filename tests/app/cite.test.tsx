import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seed } from '../fixtures/records';
import { renderApp, serveFiles, testCitationServices, warmCitationEngine } from '../support/render';

// The engine loads once per file, outside any test's limit.
beforeAll(warmCitationEngine, 60_000);

beforeEach(() => {
  serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
});

async function openPanel(at = `/records/${seed.id}`) {
  const user = userEvent.setup();
  const citations = testCitationServices();
  const view = renderApp(at, { citations: citations.services });
  await user.click(await screen.findByRole('button', { name: 'Cite this' }));
  const panel = await screen.findByRole('region', { name: 'Cite this' });
  await within(panel).findByTestId('citation');
  return { user, panel, citations, ...view };
}

describe('the Cite this panel', () => {
  it('opens on APA with the in-text form and the missing facts, and puts the style in the URL', async () => {
    const { panel, router } = await openPanel();
    expect(screen.getByRole('button', { name: 'Cite this' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(panel).getByTestId('citation')).toHaveTextContent(
      'Kumar, S., & Anderson, K. C. (2005). Drug insight: Thalidomide as a treatment for multiple myeloma. Nature Clinical Practice Oncology, (5), 262–270.',
    );
    expect(panel).toHaveTextContent('In-text: (Kumar & Anderson, 2005)');
    expect(panel).toHaveTextContent('No volume or DOI recorded; the citation omits them.');
    expect(router.state.location.search).toBe('?cite=apa');
  });

  it('switches format from the keyboard and shows source formats as code', async () => {
    const { user, panel, router } = await openPanel();
    const select = within(panel).getByRole('combobox', { name: 'Format' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'APA',
      'Author',
      'BibTeX',
      'Harvard',
      'Standard',
      'RIS',
      'Vancouver',
      'MLA',
      'Chicago (author-date)',
      'AMA',
      'IEEE',
      'CSL-JSON',
    ]);
    select.focus();
    await user.selectOptions(select, 'ris');
    const code = await within(panel).findByLabelText('RIS source');
    expect(code.textContent).toMatch(/^TY {2}- JOUR/);
    expect(router.state.location.search).toBe('?cite=ris');
    expect(within(panel).getByRole('button', { name: 'Download .ris' })).toBeEnabled();
  });

  it('copies rich text and plain text and confirms it', async () => {
    const { user, panel, citations } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(citations.copied).toEqual([
      {
        text: expect.stringMatching(
          /^Kumar, S\., & Anderson, K\. C\. \(2005\)\. Drug insight/,
        ) as string,
        html: expect.stringContaining('<i>Nature Clinical Practice Oncology</i>') as string,
      },
    ]);
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'APA citation copied to the clipboard.',
    );
  });

  it('downloads with a readable file name', async () => {
    const { user, panel, citations } = await openPanel();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Format' }), 'bibtex');
    await user.click(await within(panel).findByRole('button', { name: 'Download .bib' }));
    expect(citations.downloads).toEqual([
      {
        name: 'kumar-2005-drug-insight.bib',
        mime: 'application/x-bibtex;charset=utf-8',
        text: expect.stringMatching(/^@article\{kumar2005drug,/) as string,
      },
    ]);
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'Saved kumar-2005-drug-insight.bib.',
    );
  });

  it('adds the record to the list, shows it, removes it and clears', async () => {
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Add to my list' }));
    const list = within(panel).getByRole('region', { name: 'My list (1)' });
    expect(list).toHaveTextContent(seed.title);
    expect(within(panel).getByRole('button', { name: 'In my list' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(
      within(list).getByRole('button', { name: `Remove “${seed.title}” from my list` }),
    );
    expect(within(panel).getByText(/Your list is empty/)).toBeInTheDocument();
  });

  it('opens from ?cite= on that style', async () => {
    renderApp(`/records/${seed.id}?cite=chicago`);
    const panel = await screen.findByRole('region', { name: 'Cite this' });
    expect(within(panel).getByRole('combobox', { name: 'Format' })).toHaveValue('chicago');
    expect(await within(panel).findByTestId('citation')).toHaveTextContent(
      /^Kumar, Shaji, and Kenneth C\. Anderson\. 2005\./,
    );
  });
});
