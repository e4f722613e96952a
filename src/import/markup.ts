import { decodeEntities } from '../text/entities';

/**
 * A tag as JATS, HTML and CSL's rich text write one (`<jats:p>`, `<i>`, `<span class="nocase">`,
 * `<br/>`): a letter right after the "<", so "p < 0.05 and q > 1" is text, not a tag.
 */
const TAG = /<\/?[a-z][\w:.-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * JATS (or HTML) markup as plain text: paragraphs become blank-line-separated paragraphs, a
 * leading "Abstract" title is dropped, every other tag goes and its text stays. Text without
 * markup keeps its paragraphs.
 */
export function markupToText(markup: string): string {
  const text = markup
    .replace(/<(jats:)?title>\s*abstract\s*<\/(jats:)?title>/gi, '')
    .replace(/<\/(jats:)?(p|title|sec)>|<br\s*\/?>/gi, '\n\n')
    .replace(TAG, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** A title's rich text (CSL-JSON's `<i>`, `<b>`, `<sub>`, `<sup>`, `<span class="nocase">`) as text. */
export function inlineText(rich: string): string {
  return decodeEntities(rich.replace(TAG, ''));
}
