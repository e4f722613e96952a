import type { Organization, Person, ScholarlyArticle, WithContext } from 'schema-dts';
import type { Author, ResearchRecord } from './schema';
import { displayName, doiUrl } from './format';
import { languageTag } from './language';
import { withoutBidiControls as clean } from '../text/bidi';

export const orcidUrl = (orcid: string) => `https://orcid.org/${orcid}`;

function creator(author: Author): Person | Organization {
  if (author.kind === 'organisation')
    return { '@type': 'Organization', name: clean(author.literal) };
  return {
    '@type': 'Person',
    ...(author.orcid ? { '@id': orcidUrl(author.orcid) } : {}),
    name: clean(displayName(author)),
    familyName: clean(author.family),
    ...(author.given ? { givenName: clean(author.given) } : {}),
    ...(author.affiliations.length > 0
      ? {
          affiliation: author.affiliations.map((name): Organization => ({
            '@type': 'Organization',
            name: clean(name),
          })),
        }
      : {}),
  };
}

/**
 * The record as a schema.org `ScholarlyArticle` (JSON-LD), for general search engines: what the
 * page shows and no more. `url` is the page's absolute address when the site's origin is known;
 * the article is named by its DOI where it has one, else by that address.
 */
export function scholarlyArticle(
  record: ResearchRecord,
  url: string | undefined,
): WithContext<ScholarlyArticle> {
  const doi = record.doi ? doiUrl(record.doi) : undefined;
  const id = doi ?? url;
  const article: WithContext<ScholarlyArticle> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    ...(id ? { '@id': id } : {}),
    headline: clean(record.title),
    name: clean(record.title),
    author: record.authors.map(creator),
  };
  if (url) article.url = url;
  if (record.doi && doi) {
    article.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: record.doi };
    article.sameAs = doi;
  }
  if (record.published) article.datePublished = record.published;
  if (record.language) article.inLanguage = languageTag(record.language);
  if (record.abstract) article.abstract = clean(record.abstract);
  if (record.keywords.length > 0) article.keywords = record.keywords.map(clean);
  if (record.subjectAreas.length > 0) article.about = record.subjectAreas.map(clean);
  const { first, last } = record.pages ?? {};
  if (first) article.pageStart = first;
  if (last) article.pageEnd = last;
  const journal = record.journal;
  if (journal?.title) {
    let partOf: NonNullable<ScholarlyArticle['isPartOf']> = {
      '@type': 'Periodical',
      name: clean(journal.title),
      ...(journal.issn ? { issn: journal.issn } : {}),
    };
    if (journal.volume) {
      partOf = { '@type': 'PublicationVolume', volumeNumber: journal.volume, isPartOf: partOf };
    }
    if (journal.issue) {
      partOf = { '@type': 'PublicationIssue', issueNumber: journal.issue, isPartOf: partOf };
    }
    article.isPartOf = partOf;
  }
  return article;
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">` data block: `<` is escaped, so
 * no record text can end the element; the browser never runs it, so the CSP is unchanged.
 */
export function jsonLdBlock(data: object): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
