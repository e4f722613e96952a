import { renderToString } from 'react-dom/server';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import {
  StaticRouterProvider,
  createStaticHandler,
  createStaticRouter,
  type HydrationState,
} from 'react-router';
import type { LoaderDeps } from '../../data/deps';
import { LoadError } from '../../data/errors';
import { recordQuery } from '../../record/api';
import { fetchRecord, fetchRecordIndex } from '../../record/fetch';
import type { ResearchRecord } from '../../record/schema';
import { fingerprintQuery } from '../../fingerprint/useFingerprint';
import { toCsl } from '../../citation/csl';
import { citationFile, citationSet } from '../../citation/prerendered';
import { facetsKey, searchKey } from '../../search/context';
import { firstPage } from '../../search/firstPage';
import { browseFile, browseFiles, browseKeys } from '../../search/browse';
import { indexPageHtml } from '../../search/indexPage';
import { EMPTY_REQUEST } from '../../search/request';
import { createQueryClient } from '../queryClient';
import { createRoutes } from '../routes';
import { AppProviders } from '../AppProviders';
import type { AppServices } from '../services';
import { fillTemplate, splitHoisted } from './document';
import type { PageState } from './pageState';
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
  /** What the search index reads: one page per record the home page lists, by its address. */
  searchPages: { url: string; html: string }[];
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

async function page(
  template: string,
  queryClient: QueryClient,
  services: AppServices,
  base: string,
  path: string,
  hydratable: boolean,
): Promise<string> {
  const { head, body, router, hasErrors } = await renderPath(queryClient, services, base, path);
  // A route error cannot travel as JSON, so such a page is rendered afresh in the browser.
  const state: PageState | null =
    hydratable && !hasErrors ? { path, queries: dehydrate(queryClient), router } : null;
  return fillTemplate(template, { head, body, state });
}

function absolute(origin: string, base: string, path: string): string {
  return `${origin}${base}${path.replace(/^\//, '')}`;
}

export interface RecordPages {
  files: SiteFile[];
  /** The records that were prerendered, for the home page, the search index and the sitemap. */
  records: ResearchRecord[];
  warnings: string[];
}

/**
 * Every valid record's reading page and fingerprint page (with the derived fingerprint computed
 * here, once) and its citations in every style the panel offers. Invalid records are reported and
 * left to the browser, which shows what is wrong with them. Records are independent, so the build
 * runs this on several shards at once.
 */
export async function prerenderRecords(
  input: Pick<SiteInput, 'template' | 'base' | 'records'>,
): Promise<RecordPages> {
  const { template, base } = input;
  const warnings: string[] = [];
  const deps = filesAsFetch(input.records, warnings);
  const services = buildServices(deps);
  const files: SiteFile[] = [];
  const records: ResearchRecord[] = [];
  // The same engine the browser's worker runs, loaded here once for every record.
  const { render } = await import('../../citation/render');

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
    queryClient.setQueryData(recordQuery(id, deps).queryKey, record);
    await queryClient.query(fingerprintQuery(record, services.fingerprint.derive));
    const path = `/records/${id}`;
    files.push({
      path: `records/${id}/index.html`,
      text: await page(template, queryClient, services, base, path, true),
    });
    files.push({
      path: `records/${id}/fingerprint/index.html`,
      text: await page(template, queryClient, services, base, `${path}/fingerprint`, true),
    });
    const item = toCsl(record);
    const citations = citationSet(item, (style, bibtexAscii) =>
      render([item], style, { bibtexAscii }),
    );
    files.push({ path: citationFile(id), text: JSON.stringify(citations) });
    records.push(record);
    queryClient.clear();
  }
  return { files, records, warnings };
}

/**
 * The rest of the site, once every record is prerendered: the home page (its first page of
 * records and facet counts), the pages the search index reads, 404.html, robots.txt and, when the
 * origin is known, sitemap.xml.
 */
export async function prerenderShell(
  input: Omit<SiteInput, 'records'>,
  records: readonly ResearchRecord[],
): Promise<SiteOutput> {
  const { template, base, origin } = input;
  const warnings: string[] = [];
  const files: SiteFile[] = [];
  const searchPages: SiteOutput['searchPages'] = [];
  const valid = new Map(records.map((record) => [record.id, record]));
  const browsePaths: string[] = [];

  if (input.index) {
    try {
      // The home page lists the records index.json names that could be prerendered.
      const deps = filesAsFetch([input.index], warnings);
      const services = buildServices(deps);
      const listed = (await fetchRecordIndex(deps)).flatMap(({ id }) => {
        const record = valid.get(id);
        return record ? [record] : [];
      });
      for (const record of listed) {
        searchPages.push({ url: `/records/${record.id}`, html: indexPageHtml(record) });
      }
      const queryClient = createQueryClient();
      const { page: list, facets } = firstPage(listed);
      queryClient.setQueryData(searchKey(EMPTY_REQUEST), list);
      queryClient.setQueryData(facetsKey(EMPTY_REQUEST), facets);
      files.push({
        path: 'index.html',
        text: await page(template, queryClient, services, base, '/', true),
      });
      // The browse pages: every listed record reachable by plain links, year by year.
      const browse = browseFiles(listed);
      files.push({ path: browseFile(), text: JSON.stringify(browse.index) });
      queryClient.setQueryData(browseKeys.index(), browse.index);
      files.push({
        path: 'browse/index.html',
        text: await page(template, queryClient, services, base, '/browse', true),
      });
      browsePaths.push('/browse');
      for (const year of browse.years) {
        files.push({ path: browseFile(year.year), text: JSON.stringify(year) });
        const yearClient = createQueryClient();
        yearClient.setQueryData(browseKeys.year(year.year), year);
        files.push({
          path: `browse/${year.year}/index.html`,
          text: await page(template, yearClient, services, base, `/browse/${year.year}`, true),
        });
        browsePaths.push(`/browse/${year.year}`);
      }
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      warnings.push(`The home page was not prerendered: ${error.message}`);
    }
  } else {
    warnings.push('There is no records/index.json: the home page lists nothing until there is.');
  }

  files.push({
    path: '404.html',
    text: await page(
      template,
      createQueryClient(),
      buildServices(filesAsFetch([], warnings)),
      base,
      '/404',
      false,
    ),
  });

  const sitemap = origin ? absolute(origin, base, 'sitemap.xml') : null;
  if (origin) {
    const urls = ['/', ...browsePaths, ...records.map((r) => `/records/${r.id}`)].map((p) =>
      absolute(origin, base, p),
    );
    files.push({ path: 'sitemap.xml', text: sitemapXml(urls) });
  }
  files.push({ path: 'robots.txt', text: robotsTxt(sitemap) });
  return { files, searchPages, warnings };
}

/** The whole static site in one go (the build splits it to use every core). */
export async function prerenderSite(input: SiteInput): Promise<SiteOutput> {
  const pages = await prerenderRecords(input);
  const shell = await prerenderShell(input, pages.records);
  return {
    files: [...pages.files, ...shell.files],
    searchPages: shell.searchPages,
    warnings: [...pages.warnings, ...shell.warnings],
  };
}

// The build script loads only this module, so it brings the checks it runs on the output.
export { cspProblems } from './document';
export { parseSiteOrigin } from './siteFiles';
