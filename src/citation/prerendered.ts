import type { CslItem } from './csl';
import type { Rendered } from './render';
import { STYLES, type StyleId } from './styles';

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

function isRendered(value: unknown): value is Rendered {
  if (typeof value !== 'object' || value === null) return false;
  const kind: unknown = Reflect.get(value, 'kind');
  return (
    (kind === 'code' && typeof Reflect.get(value, 'text') === 'string') ||
    (kind === 'rich' && Array.isArray(Reflect.get(value, 'bibliography')))
  );
}

/**
 * The prerendered citation for `item` in `style`, or null when the set is for other data (the
 * record changed since the build), lacks the style, or is not of the expected shape.
 */
export function pickCitation(
  set: unknown,
  item: CslItem,
  style: StyleId,
  bibtexAscii: boolean,
): Rendered | null {
  if (typeof set !== 'object' || set === null) return null;
  if (JSON.stringify(Reflect.get(set, 'item')) !== JSON.stringify(item)) return null;
  const styles: unknown = Reflect.get(set, 'styles');
  const found: unknown =
    style === 'bibtex' && bibtexAscii
      ? Reflect.get(set, 'bibtexAscii')
      : typeof styles === 'object' && styles !== null
        ? Reflect.get(styles, style)
        : undefined;
  return isRendered(found) ? found : null;
}
