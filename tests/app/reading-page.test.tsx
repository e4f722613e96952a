import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { minimalRecord, recordWithDoi, seed } from '../fixtures/records';
import { currentServer, renderApp, serveFiles } from '../support/render';

/** The line of authors under the title, as a reader sees it: the paragraph that starts with them. */
function authorsLine(first: string): HTMLElement {
  return screen.getByText(
    (_, element) => element?.tagName === 'P' && element.textContent.startsWith(first),
  );
}

function detail(term: string): string | null {
  const details = within(screen.getByRole('region', { name: 'Details' }));
  // Each term is followed by its definition, so the two lists pair up in order.
  const index = details.getAllByRole('term').findIndex((el) => el.textContent === term);
  return index < 0 ? null : (details.getAllByRole('definition')[index]?.textContent ?? null);
}

describe('the reading page', () => {
  it('shows every field of the seed record in reading order', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}`);

    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent(seed.title);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Contribution to journal')).toBeInTheDocument();
    expect(authorsLine('Shaji Kumar')).toHaveTextContent(/^Shaji Kumar and Kenneth C\. Anderson$/);
    expect(screen.getByText('35 Scopus citations')).toBeInTheDocument();
    const abstract = screen.getByRole('region', { name: 'Abstract' });
    expect(abstract).toHaveTextContent(/^Abstract\s*Multiple myeloma \(MM\)/);
    const keywords = within(screen.getByRole('region', { name: 'Keywords' }));
    for (const keyword of seed.keywords) {
      expect(keywords.getByRole('button', { name: keyword })).toBeInTheDocument();
    }
    expect(detail('Original language')).toBe('English (US)');
    expect(detail('Pages')).toBe('262–270');
    expect(detail('Number of pages')).toBe('9');
    expect(detail('Journal')).toBe('Nature Clinical Practice Oncology');
    expect(detail('Issue')).toBe('5');
    expect(detail('Status')).toBe('Published – 1 May 2005');
    expect(detail('Volume')).toBeNull();
    expect(detail('DOI')).toBeNull();
    expect(screen.getByRole('region', { name: 'Subject areas' })).toHaveTextContent('Oncology');

    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual([
      seed.title,
      'Keywords',
      'Abstract',
      'Fingerprint',
      'Details',
      'Subject areas',
    ]);
  });

  it('shows a volume, DOI link, particles and an organisation when the record has them', async () => {
    serveFiles({ 'records/record-with-doi.json': { json: recordWithDoi } });
    renderApp('/records/record-with-doi');
    await screen.findByRole('heading', { level: 1, name: recordWithDoi.title });
    expect(authorsLine('Ada Lovelace')).toHaveTextContent(
      /^Ada Lovelace, Jan van der Berg Jr\., and International Myeloma Working Group$/,
    );
    expect(screen.getByText('1 Scopus citation')).toBeInTheDocument();
    expect(detail('Volume')).toBe('12');
    expect(detail('Issue')).toBe('3');
    expect(detail('Pages')).toBe('e0346830');
    expect(detail('Status')).toBe('Published – November 2019');
    expect(
      within(screen.getByRole('region', { name: 'Details' })).getByRole('link', {
        name: '10.1000/xyz123',
      }),
    ).toHaveAttribute('href', 'https://doi.org/10.1000/xyz123');
    const paragraphs = within(screen.getByRole('region', { name: 'Abstract' })).getAllByText(
      /paragraph/,
    );
    expect(paragraphs.map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('leaves no trace of missing optional fields', async () => {
    serveFiles({ 'records/record-minimal.json': { json: minimalRecord } });
    const { container } = renderApp('/records/record-minimal');
    await screen.findByRole('heading', { level: 1, name: minimalRecord.title });
    const text = container.textContent;
    expect(text).not.toMatch(/undefined|null|NaN|\(\s*\)|–\s*$|, ,|: ?$/m);
    expect(screen.getByRole('region', { name: 'Keywords' })).toHaveTextContent(
      'No keywords are recorded.',
    );
    expect(screen.queryByRole('region', { name: 'Subject areas' })).toBeNull();
    expect(screen.queryByText(/Scopus/)).toBeNull();
    expect(screen.getByText('No abstract is recorded.')).toBeInTheDocument();
  });

  it('tolerates a UTF-8 byte-order mark', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { text: `\uFEFF${JSON.stringify(seed)}` } });
    renderApp(`/records/${seed.id}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(seed.title);
  });

  it('tells operators about dropped list items and shows the rest', async () => {
    serveFiles({
      'records/record-minimal.json': { json: { ...minimalRecord, keywords: [null, 'Kept'] } },
    });
    renderApp('/records/record-minimal');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: 'Kept' })).toBeInTheDocument();
    expect(currentServer().warn).toHaveBeenCalledWith(
      'records/record-minimal.json: keywords[0]: empty item dropped',
    );
  });
});

describe('when a record cannot be shown', () => {
  it('says there is no record with that id', async () => {
    serveFiles({});
    renderApp('/records/nothing-here');
    expect(await screen.findByRole('heading', { name: 'Record not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('No record with id “nothing-here”.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to the list of records' })).toBeInTheDocument();
  });

  it('treats an HTML answer (a host’s SPA fallback) as not found', async () => {
    serveFiles({ 'records/fallback.json': { text: '<!doctype html>', contentType: 'text/html' } });
    renderApp('/records/fallback');
    expect(await screen.findByRole('alert')).toHaveTextContent('No record with id “fallback”.');
  });

  it('never fetches an id that is not a record id', async () => {
    const fetchStub = serveFiles({});
    renderApp('/records/..%2Fsecrets');
    expect(await screen.findByRole('heading', { name: 'Record not found' })).toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('says which file is not valid JSON', async () => {
    serveFiles({ 'records/bad-json.json': { text: '{"id": "bad-json",' } });
    renderApp('/records/bad-json');
    expect(
      await screen.findByRole('heading', { name: 'This record cannot be shown' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^records\/bad-json\.json is not valid JSON: /,
    );
  });

  it('names the field of a record without a usable title', async () => {
    serveFiles({
      'records/bad-field.json': { json: { id: 'bad-field', title: 7, authors: [] } },
    });
    renderApp('/records/bad-field');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'records/bad-field.json does not follow the record format:title: expected a string, got 7',
    );
  });

  it('refuses a record whose id does not match its file', async () => {
    serveFiles({ 'records/one.json': { json: { ...minimalRecord, id: 'two' } } });
    renderApp('/records/one');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'id: "two" does not match the file name "one"',
    );
  });

  it('offers a retry after a network error, and the retry loads the record', async () => {
    const fetchStub = serveFiles({ [`records/${seed.id}.json`]: { networkError: true } });
    renderApp(`/records/${seed.id}`);
    expect(
      await screen.findByRole('heading', { name: 'The record could not be loaded' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Could not reach the server to load records/${seed.id}.json (Failed to fetch).`,
    );
    const recordFetches = () =>
      fetchStub.mock.calls.filter(
        ([input]) => typeof input === 'string' && input.endsWith(`${seed.id}.json`),
      );
    expect(recordFetches()).toHaveLength(3);

    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(seed.title);
  });

  it('offers a retry after a server error', async () => {
    serveFiles({ [`records/${seed.id}.json`]: { status: 503 } });
    renderApp(`/records/${seed.id}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `The server answered 503 for records/${seed.id}.json.`,
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});

describe('the error boundary', () => {
  it('shows a message and ways out when rendering a page throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(Intl.ListFormat.prototype, 'formatToParts').mockImplementation(() => {
      throw new Error('boom');
    });
    serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
    renderApp(`/records/${seed.id}`);
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    expect(screen.getByRole('link', { name: 'Go to the list of records' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Lectern');
  });
});

describe('the other pages', () => {
  it('shows a not-found page with a way home for any other address', async () => {
    serveFiles({});
    renderApp('/what/is/this');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/what/is/this')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the list of records' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});
