import type { ImportReport } from '../../src/import/importSources';
import type { AuthorJson } from '../../src/import/toRecord';

/**
 * What the corpus test checks of one file's import: how many records, rejections and
 * duplicates; how many records have a date, DOI, abstract, keywords; and the first record's
 * fields, each checked by hand against the file.
 */
export function summarise(report: ImportReport) {
  const { records } = report;
  const first = records[0];
  const name = (a: AuthorJson) =>
    'literal' in a ? { literal: a.literal } : { family: a.family, given: a.given };
  return {
    records: records.length,
    rejected: report.rejected.length,
    duplicates: report.duplicates.length,
    with: {
      published: records.filter((r) => r.published).length,
      doi: records.filter((r) => r.doi).length,
      abstract: records.filter((r) => r.abstract).length,
      keywords: records.filter((r) => r.keywords?.length).length,
    },
    first: first && {
      title: first.title,
      authors: (first.authors ?? []).length,
      firstAuthor: first.authors?.[0] ? name(first.authors[0]) : null,
      published: first.published ?? null,
      journal: first.journal ?? null,
      pages: first.pages ?? null,
      doi: first.doi ?? null,
      language: first.language ?? null,
      keywords: first.keywords?.length ?? 0,
      abstractStart: first.abstract?.slice(0, 40) ?? null,
    },
  };
}
