import { renderToString } from 'react-dom/server';
import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import {
  StaticRouterProvider,
  createStaticHandler,
  createStaticRouter,
  type HydrationState,
} from 'react-router';
import type { LoaderDeps } from '../../data/deps';
import { LoadError } from '../../data/errors';
import { recordQuery } from '../../record/api';
import type { ResearchRecord } from '../../record/schema';
import { jsonLdBlock, scholarlyArticle } from '../../record/jsonld';
import {
  LINKSET_FILE,
  METADATA_FILES,
  linkset,
  signposts,
  signpostTags,
} from '../../record/signposting';
import { fingerprintQuery } from '../../fingerprint/useFingerprint';
import { toCsl } from '../../citation/csl';
import { citationFile, citationSet, type CitationSet } from '../../citation/prerendered';
import { printCitationQuery } from '../../citation/PrintCitation';
import { facetsKey, searchKey } from '../../search/queries';
import { browseKey } from '../../search/document';
import type { Fingerprint } from '../../fingerprint/concepts';
import {
  buildPortal,
  emptyPortal,
  letterPath,
  personPath,
  topicBlock,
  topicPath,
  type PersonPageData,
  type Portal,
  type Relate,
  type RecordLinks,
  type TopicPageData,
} from '../../portal/model';
import { relatedRecords } from '../../portal/related';
import { portalKeys, recordLinksQuery, type Letters } from '../../portal/links';
import { firstPage } from '../../search/firstPage';
import { browseFile, browseFiles, browseKeys } from '../../search/browse';
import { indexPageOf } from '../../search/indexPage';
import type { IndexedPage } from '../../search/shards';
import { EMPTY_REQUEST } from '../../search/request';
import { searchWords, WORDS_FILE } from '../../search/suggest';
import { createQueryClient } from '../queryClient';
import { createRoutes } from '../routes';
import { AppProviders } from '../AppProviders';
import type { AppServices } from '../services';
import { fillTemplate, splitHoisted } from './document';
import type { PageState } from '../../data/pageState';
import { robotsTxt, sitemapXml } from './siteFiles';

/** A file of the built site, by its path inside the output folder ("records/x.json"). */
export interface SiteFile {
  path: string;
  text: string;
}

export interface SiteInput {
  /** The built index.html, with its script and style tags. */
  template: string;
  /** The app's base path ("/" or "/lectern/"). */
  base: string;
  /** The site's origin, or null when LECTERN_SITE_URL is not set. */
  origin: string | null;
  /** Every `records/<id>.json`. */
  records: SiteFile[];
  /** `records/index.json`, when there is one. */
  index: SiteFile | null;
}

export interface SiteOutput {
  files: SiteFile[];
  /** What the search index reads, in shards (`searchShards`): a page per record the home page lists. */
  searchPages: IndexedPage[];
  /** Records that could not be prerendered and other things an operator should know. */
  warnings: string[];
}

/** Serves the build's own files to the record loader, so they are checked as the browser checks them. */
function filesAsFetch(files: readonly SiteFile[], warnings: string[]): LoaderDeps {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  return {
    baseUrl: '',
    fetch: (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const text = byPath.get(url);
      return Promise.resolve(
        text === undefined
          ? new Response('Not found', { status: 404 })
          : new Response(text, { headers: { 'content-type': 'application/json' } }),
      );
    },
    warn: (message: string) => warnings.push(message),
  };
}

/** Derives a fingerprint in Node, where the page's Web Worker is not. */
async function deriveHere(input: Parameters<AppServices['fingerprint']['derive']>[0]) {
  const { deriveFingerprint } = await import('../../fingerprint/derive');
  return deriveFingerprint(input);
}

const notAtBuildTime = (what: string) => () =>
  Promise.reject(new Error(`${what} is not used while prerendering.`));

/**
 * What a page is rendered with at build time: the build's own files, and none of the browser's
 * engines (a page's data is in its query cache before it renders).
 */
function buildServices(data: LoaderDeps): AppServices {
  return {
    data,
    search: { search: notAtBuildTime('Search'), facets: notAtBuildTime('Search') },
    citations: {
      render: notAtBuildTime('The citation engine'),
      copy: notAtBuildTime('The clipboard'),
      download: () => undefined,
    },
    fingerprint: { derive: deriveHere },
  };
}

interface Rendered {
  head: string;
  body: string;
  router: HydrationState;
  hasErrors: boolean;
}

async function renderPath(
  queryClient: QueryClient,
  services: AppServices,
  base: string,
  path: string,
): Promise<Rendered> {
  const handler = createStaticHandler(createRoutes(queryClient, services), { basename: base });
  const url = new URL(`${base.replace(/\/$/, '')}${path}`, 'http://prerender.invalid');
  const context = await handler.query(new Request(url));
  if (context instanceof Response)
    throw new Error(`${path}: the router answered ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <AppProviders queryClient={queryClient} services={services}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
  return {
    ...splitHoisted(html),
    router: { loaderData: context.loaderData, actionData: context.actionData },
    hasErrors: context.errors !== null,
  };
}

/**
 * The query cache as a page hands it over, without the times TanStack Query stamped on it: every
 * query the app makes is fresh for ever (`staleTime: Infinity`) and the browser's cache is empty
 * when it hydrates, so no time is read, and a page is the same file whenever it is built (a full
 * build, a slice, an incremental build).
 */
function timeless(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: 0,
      state: { ...query.state, dataUpdatedAt: 0, errorUpdatedAt: 0 },
    })),
  };
}

async function page(
  template: string,
  queryClient: QueryClient,
  services: AppServices,
  base: string,
  path: string,
  hydratable: boolean,
  pageOnly = '',
): Promise<string> {
  const { head, body, router, hasErrors } = await renderPath(queryClient, services, base, path);
  // A route error cannot travel as JSON, so such a page is rendered afresh in the browser.
  const state: PageState | null =
    hydratable && !hasErrors ? { path, queries: timeless(dehydrate(queryClient)), router } : null;
  return fillTemplate(template, { head, body, state, pageOnly });
}

/** A page whose data `fill` puts in a fresh query client, at `path` (`/` is index.html). */
async function dataPage(
  input: Pick<SiteInput, 'template' | 'base'>,
  services: AppServices,
  path: string,
  fill: (client: QueryClient) => void,
): Promise<SiteFile> {
  const client = createQueryClient();
  fill(client);
  const text = await page(input.template, client, services, input.base, path, true);
  return { path: pageFileOf(path), text };
}

/** The file a page's path is served from: `index.html` for `/`, `browse/2024/index.html`… */
export function pageFileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;
}

function absolute(origin: string, base: string, path: string): string {
  return `${origin}${base}${path.replace(/^\//, '')}`;
}

/** A valid record and its fingerprint (given, or derived here once), read for the build. */
export interface ReadRecord {
  record: ResearchRecord;
  fingerprint: Fingerprint;
}

export interface ReadRecords {
  entries: ReadRecord[];
  warnings: string[];
}

/**
 * Reads every record file as the browser would, and gives each valid record its fingerprint (the
 * derivation runs here, once per record). Invalid records are reported and left to the browser,
 * which shows what is wrong with them. Records are independent, so the build runs this on
 * several shards at once.
 */
export async function readRecords(
  input: Pick<SiteInput, 'records'> & {
    /**
     * Fingerprints an earlier build derived, by record file path, for files the caller knows to
     * be unchanged since (an incremental build): they are used instead of deriving again.
     */
    known?: ReadonlyMap<string, Fingerprint>;
  },
): Promise<ReadRecords> {
  const warnings: string[] = [];
  const deps = filesAsFetch(input.records, warnings);
  const services = buildServices(deps);
  const entries: ReadRecord[] = [];
  // The same chunk the browser loads to read a record file.
  const { fetchRecord } = await import('../../record/fetch');
  for (const file of input.records) {
    const id = /^records\/(.+)\.json$/.exec(file.path)?.[1] ?? '';
    let record: ResearchRecord;
    try {
      record = await fetchRecord(id, deps);
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      warnings.push(`${file.path} was not prerendered: ${error.message}`);
      continue;
    }
    const queryClient = createQueryClient();
    const options = fingerprintQuery(record, services.fingerprint.derive);
    const known = input.known?.get(file.path);
    if (known) queryClient.setQueryData(options.queryKey, known);
    const fingerprint = await queryClient.query(options);
    entries.push({ record, fingerprint });
  }
  return { entries, warnings };
}

/**
 * The portal around the listed records: people, topics, related records and the links to them.
 * `relate` works out the related records (the build shares that out among its threads).
 */
export async function portalOf(
  listed: readonly ReadRecord[],
  enabled = true,
  relate?: Relate,
): Promise<Portal> {
  if (!enabled) return emptyPortal();
  const fingerprints = new Map(listed.map((e) => [e.record.id, e.fingerprint.concepts]));
  const ordered = [...listed]
    .map((e) => e.record)
    .sort((a, b) => (browseKey(a) < browseKey(b) ? 1 : -1));
  return buildPortal(ordered, (id) => fingerprints.get(id) ?? [], relate);
}

export { relatedRecords };

/**
 * What a record's page says to machines beyond its head tags, written into the served page only
 * (never rendered by React, and taken away when the reader moves to another page): FAIR
 * Signposting level 1 links and a schema.org JSON-LD block. Beside the page go its level 2
 * linkset and its metadata files (CSL-JSON, BibTeX, RIS), which the `describedby` links name.
 */
function machineReadable(
  record: ResearchRecord,
  input: Pick<SiteInput, 'base' | 'origin'>,
  exports: Record<(typeof METADATA_FILES)[number]['name'], string>,
): { head: string; files: SiteFile[] } {
  const { base, origin } = input;
  const folderPath = `records/${record.id}/`;
  const folder = origin ? absolute(origin, base, folderPath) : `${base}${folderPath}`;
  const page = origin ? absolute(origin, base, `/records/${record.id}`) : undefined;
  const links = signposts(record, folder, page);
  return {
    head: `${signpostTags(links)}${jsonLdBlock(scholarlyArticle(record, page))}`,
    files: [
      ...METADATA_FILES.map(({ name }) => ({ path: `${folderPath}${name}`, text: exports[name] })),
      {
        path: `${folderPath}${LINKSET_FILE}`,
        text: JSON.stringify(linkset(links, page ?? `${base}records/${record.id}`, folder)),
      },
    ],
  };
}

/** The text of a code style (BibTeX, RIS, CSL-JSON) in a record's citation set. */
function codeOf(set: CitationSet, style: 'bibtex' | 'ris' | 'csl-json'): string {
  const rendered = set.styles[style];
  if (rendered?.kind !== 'code') throw new Error(`${style} is not a file format`);
  return rendered.text;
}

/**
 * Every record's reading page and fingerprint page, with what it links to (`links`, by record id;
 * a record outside the portal links nowhere), its citations in every style the panel offers, and
 * what it says to machines (`machineReadable`).
 */
export async function renderRecords(
  input: Pick<SiteInput, 'template' | 'base' | 'origin'>,
  entries: readonly ReadRecord[],
  links: ReadonlyMap<string, RecordLinks>,
): Promise<SiteFile[]> {
  const { template, base } = input;
  const deps = filesAsFetch([], []);
  const services = buildServices(deps);
  const files: SiteFile[] = [];
  // The same engine the browser's worker runs, loaded here once for every record.
  const { render } = await import('../../citation/render');
  for (const { record, fingerprint } of entries) {
    const { id } = record;
    const queryClient = createQueryClient();
    queryClient.setQueryData(recordQuery(id, deps).queryKey, record);
    queryClient.setQueryData(
      fingerprintQuery(record, services.fingerprint.derive).queryKey,
      fingerprint,
    );
    queryClient.setQueryData(recordLinksQuery(id, deps).queryKey, links.get(id) ?? null);
    const item = toCsl(
      record,
      input.origin ? absolute(input.origin, base, `/records/${id}`) : undefined,
    );
    const citations = citationSet(item, (style, bibtexAscii) =>
      render([item], style, { bibtexAscii }),
    );
    const apa = citations.styles.apa;
    if (apa?.kind === 'rich') {
      queryClient.setQueryData(printCitationQuery(id).queryKey, apa.bibliography);
    }
    const machine = machineReadable(record, input, {
      'export.csl.json': codeOf(citations, 'csl-json'),
      'export.bib': codeOf(citations, 'bibtex'),
      'export.ris': codeOf(citations, 'ris'),
    });
    const path = `/records/${id}`;
    files.push({
      path: `records/${id}/index.html`,
      text: await page(template, queryClient, services, base, path, true, machine.head),
    });
    files.push({
      path: `records/${id}/fingerprint/index.html`,
      text: await page(template, queryClient, services, base, `${path}/fingerprint`, true),
    });
    files.push({ path: citationFile(id), text: JSON.stringify(citations) }, ...machine.files);
    queryClient.clear();
  }
  return files;
}

export interface ListedRecords {
  /** The records index.json lists that could be read, in its order. */
  listed: ReadRecord[];
  warnings: string[];
  /**
   * What makes the list wrong: an entry of index.json that is not valid, or one whose record
   * could not be read. The build fails on any of them rather than publish a list that hides it.
   */
  errors: string[];
}

/** The records `records/index.json` lists, among those read; a list that cannot be read is reported. */
export async function listedRecords(
  index: SiteFile | null,
  entries: readonly ReadRecord[],
): Promise<ListedRecords> {
  const warnings: string[] = [];
  if (!index) {
    warnings.push('There is no records/index.json: the home page lists nothing until there is.');
    return { listed: [], warnings, errors: [] };
  }
  const valid = new Map(entries.map((e) => [e.record.id, e]));
  const { fetchRecordIndex } = await import('../../record/fetch');
  try {
    const summaries = await fetchRecordIndex(filesAsFetch([index], warnings));
    const errors = summaries.flatMap(({ id }) =>
      valid.has(id)
        ? []
        : [`${index.path} lists “${id}”, whose record (records/${id}.json) could not be read`],
    );
    return { listed: summaries.flatMap(({ id }) => valid.get(id) ?? []), warnings, errors };
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    return { listed: [], warnings, errors: [error.message] };
  }
}

/**
 * What the search index reads: a page per record the home page lists (the build writes the index
 * while the pages are rendered).
 */
export function searchPagesOf(listed: readonly ReadRecord[]): IndexedPage[] {
  return listed.map(({ record }) => ({
    id: record.id,
    key: browseKey(record),
    url: `/records/${record.id}`,
    ...indexPageOf(record),
  }));
}

/**
 * Whether the shared page at `path`, rendered from `data`, is the same as the last build wrote (an
 * incremental build then keeps its file).
 */
export type UnchangedPage = (path: string, data: unknown) => boolean;

/**
 * The rest of the site, once every record is read: the home page (its first page of records and
 * facet counts), the browse pages, the portal's pages (every person, organisation and topic, and
 * the A–Z lists), 404.html, robots.txt and, when the origin is known, sitemap.xml.
 */
export async function renderShell(
  input: Pick<SiteInput, 'template' | 'base' | 'origin'>,
  listed: readonly ReadRecord[],
  portal: Portal,
  recordIds: readonly string[],
  unchanged: UnchangedPage = () => false,
): Promise<Omit<SiteOutput, 'searchPages'> & { kept: string[] }> {
  const { template, base, origin } = input;
  const warnings: string[] = [];
  const files: SiteFile[] = [];
  const deps = filesAsFetch([], warnings);
  const services = buildServices(deps);
  const records = listed.map((e) => e.record);
  const paths: string[] = [];
  /** The files of the pages kept as the last build wrote them. */
  const kept: string[] = [];
  // A page is rendered from `data` alone (its queries' data): one whose data is as it was is kept.
  const write = async (path: string, data: unknown, fill: (client: QueryClient) => void) => {
    paths.push(path);
    if (unchanged(path, data)) kept.push(pageFileOf(path));
    else files.push(await dataPage({ template, base }, services, path, fill));
  };

  const { page: list, facets } = firstPage(records);
  await write('/', { list, facets }, (client) => {
    client.setQueryData(searchKey(EMPTY_REQUEST), list);
    client.setQueryData(facetsKey(EMPTY_REQUEST), facets);
  });
  // The browse pages: every listed record reachable by plain links, year by year; every person
  // and topic, letter by letter.
  const browse = browseFiles(records);
  files.push({ path: browseFile(), text: JSON.stringify(browse.index) });
  // The words "Did you mean" picks from, loaded only when a search finds nothing.
  files.push({ path: WORDS_FILE, text: JSON.stringify({ words: searchWords(records) }) });
  const letters: Letters = {
    people: portal.letters
      .filter((l) => l.kind === 'people')
      .map((l) => ({ letter: l.letter, count: l.entries.length })),
    topics: portal.letters
      .filter((l) => l.kind === 'topics')
      .map((l) => ({ letter: l.letter, count: l.entries.length })),
  };
  await write('/browse', { index: browse.index, letters }, (client) => {
    client.setQueryData(browseKeys.index(), browse.index);
    client.setQueryData(portalKeys.letters(), letters);
  });
  for (const year of browse.years) {
    files.push({ path: browseFile(year.year), text: JSON.stringify(year) });
    await write(`/browse/${year.year}`, year, (client) => {
      client.setQueryData(browseKeys.year(year.year), year);
    });
  }
  for (const letter of portal.letters) {
    await write(letterPath(letter.kind, letter.letter), letter, (client) => {
      client.setQueryData(portalKeys.letter(letter.kind, letter.letter), letter);
    });
  }
  // The person and topic pages are rendered apart (renderPortalPages), on every core.
  paths.push(
    ...portal.persons.map(personPath),
    ...portal.topics.map((t) => topicPath(t.id, topicBlock(t))),
  );

  files.push({
    path: '404.html',
    text: await page(template, createQueryClient(), services, base, '/404', false),
  });

  const sitemap = origin ? absolute(origin, base, 'sitemap.xml') : null;
  if (origin) {
    const urls = [...paths, ...recordIds.map((id) => `/records/${id}`)].map((p) =>
      absolute(origin, base, p),
    );
    files.push({ path: 'sitemap.xml', text: sitemapXml(urls) });
  }
  files.push({ path: 'robots.txt', text: robotsTxt(sitemap) });
  return { files, warnings, kept };
}

/** The pages of these people and topics (the build gives each core its share). */
export async function renderPortalPages(
  input: Pick<SiteInput, 'template' | 'base'>,
  persons: readonly PersonPageData[],
  topics: readonly TopicPageData[],
): Promise<SiteFile[]> {
  const services = buildServices(filesAsFetch([], []));
  const files: SiteFile[] = [];
  const write = async (path: string, fill: (client: QueryClient) => void) => {
    files.push(await dataPage(input, services, path, fill));
  };
  for (const person of persons) {
    await write(personPath(person), (client) => {
      client.setQueryData(portalKeys.person(person.kind, person.id), person);
    });
  }
  for (const topic of topics) {
    const block = topicBlock(topic);
    await write(topicPath(topic.id, block), (client) => {
      client.setQueryData(portalKeys.topic(topic.id, block), topic);
    });
  }
  return files;
}

/** The whole static site in one go (the build splits it to use every core). */
export async function prerenderSite(
  input: SiteInput,
): Promise<SiteOutput & Pick<ListedRecords, 'errors'>> {
  const read = await readRecords(input);
  const { listed, warnings, errors } = await listedRecords(input.index, read.entries);
  const portal = await portalOf(listed);
  const recordFiles = await renderRecords(input, read.entries, portal.links);
  const portalFiles = await renderPortalPages(input, portal.persons, portal.topics);
  const shell = await renderShell(
    input,
    listed,
    portal,
    read.entries.map((e) => e.record.id),
  );
  return {
    files: [...recordFiles, ...portalFiles, ...shell.files],
    searchPages: searchPagesOf(listed),
    warnings: [...read.warnings, ...warnings, ...shell.warnings],
    errors,
  };
}

// The build script loads only this module, so it brings the checks it runs on the output.
export { cspProblems } from './document';
export { parseSiteOrigin } from './siteFiles';
export { personPath, topicBlock, topicPath } from '../../portal/model';
export { searchShards } from '../../search/shards';
