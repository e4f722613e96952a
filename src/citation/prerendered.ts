import * as v from 'valibot';
import { canonicalJson } from '../data/canonical';
import type { CslItem } from './csl';
import type { Rendered } from './render';
import { STYLE_IDS, STYLES, type StyleId } from './styles';

/**
 * Every citation the panel offers for one record, written by the build next to the record's page
 * (`records/<id>/citations.json`), so the panel opens on them at once and the engine never loads
 * for a record that was built. `item` is the CSL-JSON they were made from: a record changed since
 * the build no longer matches it, and is rendered by the engine instead.
 */
export interface CitationSet {
  item: CslItem;
  styles: Partial<Record<StyleId, Rendered>>;
  /** BibTeX with the LaTeX-escaped ASCII option. */
  bibtexAscii: Rendered;
}

export function citationFile(id: string): string {
  return `records/${id}/citations.json`;
}

/** Makes a record's set with `render` (the engine, at build time). */
export function citationSet(
  item: CslItem,
  render: (style: StyleId, bibtexAscii: boolean) => Rendered,
): CitationSet {
  return {
    item,
    styles: Object.fromEntries(STYLES.map((style) => [style.id, render(style.id, false)])),
    bibtexAscii: render('bibtex', true),
  };
}

const run = v.object({
  text: v.string(),
  bold: v.optional(v.boolean()),
  italic: v.optional(v.boolean()),
  sup: v.optional(v.boolean()),
  sub: v.optional(v.boolean()),
  smallCaps: v.optional(v.boolean()),
});
const rich = v.array(v.union([v.object({ break: v.literal(true) }), run]));
const rendered = v.variant('kind', [
  v.object({ kind: v.literal('rich'), bibliography: rich, inText: v.nullable(rich) }),
  v.object({
    kind: v.literal('code'),
    text: v.string(),
    untransliterated: v.optional(v.array(v.string())),
    approximated: v.optional(v.array(v.string())),
  }),
]);

/** `records/<id>/citations.json` as the build writes it; `item` is compared, not trusted. */
export const citationSetSchema = v.object({
  item: v.unknown(),
  styles: v.record(v.picklist(STYLE_IDS), rendered),
  bibtexAscii: rendered,
});

export type LoadedCitationSet = v.InferOutput<typeof citationSetSchema>;

/**
 * The prerendered citation for `item` in `style`, or null when the set is for other data (the
 * record changed since the build, whatever the order of its keys) or lacks the style.
 */
export function pickCitation(
  set: LoadedCitationSet,
  item: CslItem,
  style: StyleId,
  bibtexAscii: boolean,
): Rendered | null {
  if (canonicalJson(set.item) !== canonicalJson(item)) return null;
  const found = style === 'bibtex' && bibtexAscii ? set.bibtexAscii : set.styles[style];
  return found ?? null;
}
