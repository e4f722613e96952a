import type { ResearchRecord } from './schema';
import { invertName } from './format';
import { parsePartialDate } from './date';
import { languageTag } from './language';
import { withoutBidiControls as clean } from '../text/bidi';

/**
 * A record as a COinS ContextObject (Z39.88-2004, KEV), the `title` of a `span.Z3988`: what
 * Zotero's COinS translator and link resolvers read from a record's page and from each item of
 * a list. A person is `rft.au` "Family, Given" (the order kept); an organisation, or a person
 * with one name, is `rft.aulast` alone, which Zotero keeps as one field (`rft.aucorp` it would
 * move after the persons). Keywords are one `rft.subject` each, the abstract is whole, the
 * language is the tag every file writes. Only what the record holds is written, without bidi
 * controls. Zotero reads a "+" as a space, as KEV allows.
 */
export function contextObject(record: ResearchRecord, url?: string): string {
  const pairs: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
    ['rfr_id', 'info:sid/lectern'],
    ['rft.genre', 'article'],
  ];
  const add = (key: string, value: string | undefined) => {
    if (value) pairs.push([key, clean(value)]);
  };
  add('rft.atitle', record.title);
  add('rft.jtitle', record.journal?.title);
  const date = record.published ? parsePartialDate(record.published) : null;
  if (date) {
    const parts = [date.year, date.month, date.day].filter((n) => n !== undefined);
    add(
      'rft.date',
      parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-'),
    );
  }
  add('rft.volume', record.journal?.volume);
  add('rft.issue', record.journal?.issue);
  add('rft.spage', record.pages?.first);
  add('rft.epage', record.pages?.last);
  add('rft.issn', record.journal?.issn);
  for (const author of record.authors) {
    if (author.kind === 'organisation') add('rft.aulast', author.literal);
    else add(author.given ? 'rft.au' : 'rft.aulast', invertName(author));
  }
  add('rft.language', record.language && languageTag(record.language));
  for (const keyword of record.keywords) add('rft.subject', keyword);
  add('rft.description', record.abstract);
  if (record.doi) add('rft_id', `info:doi/${record.doi}`);
  add('rft_id', url);
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}
