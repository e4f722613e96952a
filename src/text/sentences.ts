/** Sentence boundaries as [start, end) offsets, from the platform's Unicode segmenter. */
export function sentenceBounds(text: string, locale = 'en'): [number, number][] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const bounds: [number, number][] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    bounds.push([index, index + segment.length]);
  }
  return bounds;
}
