import * as v from 'valibot';

/** A `ListedRecord` as a list file or a page's data holds it. */
export const listedRecordSchema = v.object({
  id: v.string(),
  title: v.string(),
  authors: v.array(v.string()),
  moreAuthors: v.number(),
  journal: v.optional(v.string()),
  year: v.optional(v.string()),
  type: v.optional(v.string()),
  coins: v.optional(v.string()),
});
