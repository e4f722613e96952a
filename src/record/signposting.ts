import type { ResearchRecord } from './schema';
import { doiUrl } from './format';
import { orcidUrl } from './jsonld';

/** One typed link of FAIR Signposting: `<link rel href type>` in a page, one target in a linkset. */
export interface Signpost {
  rel: 'cite-as' | 'describedby' | 'type' | 'author' | 'linkset';
  href: string;
  type?: string;
}

/** The files a record's metadata is published in, beside its page (`records/<id>/`). */
export const METADATA_FILES = [
  { name: 'export.csl.json', type: 'application/vnd.citationstyles.csl+json' },
  { name: 'export.bib', type: 'application/x-bibtex' },
  { name: 'export.ris', type: 'application/x-research-info-systems' },
] as const;

export const LINKSET_FILE = 'linkset.json';
export const LINKSET_TYPE = 'application/linkset+json';

/**
 * FAIR Signposting level 1 for a record's page: its persistent identifier (`cite-as`, the DOI,
 * else the page's canonical address when the site's origin is known), its metadata files
 * (`describedby`), what it is (`type`: a ScholarlyArticle, shown on an AboutPage), its authors'
 * ORCID iDs, and the level 2 linkset. `folder` is the record's folder as the links are written
 * (absolute when the origin is known, else relative to the page). Only what the record states:
 * no licence is recorded, so there is no `license` link.
 */
export function signposts(
  record: ResearchRecord,
  folder: string,
  canonical: string | undefined,
): Signpost[] {
  const citeAs = record.doi ? doiUrl(record.doi) : canonical;
  return [
    ...(citeAs ? [{ rel: 'cite-as' as const, href: citeAs }] : []),
    ...METADATA_FILES.map(({ name, type }) => ({
      rel: 'describedby' as const,
      href: `${folder}${name}`,
      type,
    })),
    { rel: 'type', href: 'https://schema.org/ScholarlyArticle' },
    { rel: 'type', href: 'https://schema.org/AboutPage' },
    ...record.authors.flatMap((author) =>
      author.orcid ? [{ rel: 'author' as const, href: orcidUrl(author.orcid) }] : [],
    ),
    { rel: 'linkset', href: `${folder}${LINKSET_FILE}`, type: LINKSET_TYPE },
  ];
}

/** The links as `<link>` elements for the page's head (values escaped for an attribute). */
export function signpostTags(links: readonly Signpost[]): string {
  const attr = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return links
    .map(
      ({ rel, href, type }) =>
        `<link rel="${rel}" href="${attr(href)}"${type ? ` type="${attr(type)}"` : ''}>`,
    )
    .join('');
}

/**
 * The record's level 2 linkset (RFC 9264, `application/linkset+json`): the same links with the
 * record's page as their anchor, and each metadata file's links back to it (`describes`).
 * Relative references resolve against the linkset's own address, so it reads the same wherever
 * the site is published.
 */
export function linkset(links: readonly Signpost[], anchor: string, folder: string) {
  const byRel: Record<string, { href: string; type?: string }[]> = {};
  for (const { rel, href, type } of links) {
    if (rel === 'linkset') continue;
    (byRel[rel] ??= []).push(type ? { href, type } : { href });
  }
  return {
    linkset: [
      { anchor, ...byRel },
      ...METADATA_FILES.map(({ name }) => ({
        anchor: `${folder}${name}`,
        describes: [{ href: anchor, type: 'text/html' }],
      })),
    ],
  };
}
