/**
 * Highlights painted with the CSS Custom Highlight API: the text stays as it is in the DOM (one
 * span per sentence) and the browser paints ranges over it, so a toggle on a long text changes no
 * element at all. Used where the API exists and the text is long; elsewhere the marks are
 * elements (`HighlightedText`). The painter itself (`paintRanges.ts`) is a chunk of its own,
 * loaded only for such a text.
 */
export const LONG_TEXT = 20_000;

export function canPaintRanges(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export const loadPainter = () => import('./paintRanges');
