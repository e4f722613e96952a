import type { Layout } from './layout';

export const PASSAGE = 'lectern-passage';
export const CURRENT = 'lectern-current';
export const slotName = (slot: number) => `lectern-hl-${slot}`;

/** The parts of the browser's highlight registry used here, so tests can pass their own. */
export interface HighlightRegistry {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): unknown;
}
export type MakeHighlight = (ranges: Range[], priority: number) => unknown;

function browserHighlights(): { registry: HighlightRegistry; make: MakeHighlight } {
  return {
    registry: CSS.highlights,
    make: (ranges, priority) => {
      const highlight = new Highlight(...ranges);
      highlight.priority = priority;
      return highlight;
    },
  };
}

/** The text node of each sentence span (`data-sentence="segment.sentence"`), by its place. */
export type SentenceIndex = ReadonlyMap<string, Node | null>;

/** The sentence spans in `root`, found in one walk: a painter keeps it while the text stays. */
export function indexSentences(root: ParentNode): SentenceIndex {
  const sentences = new Map<string, Node | null>();
  for (const element of root.querySelectorAll('[data-sentence]')) {
    sentences.set(element.getAttribute('data-sentence') ?? '', element.firstChild);
  }
  return sentences;
}

/**
 * Paints `layout` over the sentence spans of `sentences` (one text node each): passages, each
 * active term in its slot's colour and underline, and the current hit. Returns the function that
 * removes the painting.
 */
export function paintRanges(
  sentences: SentenceIndex,
  layout: Layout,
  /** The colour slot of an active term (0 to `SLOT_COUNT` - 1), by key. */
  slotOf: (key: string) => number,
  current: number | null,
  { registry, make } = browserHighlights(),
): () => void {
  const bySlot = new Map<string, Range[]>();
  const passages: Range[] = [];
  const currentRanges: Range[] = [];
  const range = (node: Node, start: number, end: number) => {
    const r = (node.ownerDocument ?? document).createRange();
    r.setStart(node, start);
    r.setEnd(node, end);
    return r;
  };
  layout.segments.forEach((segment, s) => {
    if (segment.terms.length === 0) return;
    segment.sentences.forEach((sentence, i) => {
      if (!sentence.passage) return;
      const node = sentences.get(`${s}.${i}`);
      if (!node || node.nodeType !== Node.TEXT_NODE) return;
      const length = node.textContent?.length ?? 0;
      passages.push(range(node, 0, length));
      let offset = 0;
      for (const piece of sentence.pieces) {
        const end = Math.min(offset + piece.text.length, length);
        const [first] = piece.terms;
        if (first !== undefined) {
          const name = slotName(slotOf(first));
          const ranges = bySlot.get(name) ?? [];
          ranges.push(range(node, offset, end));
          bySlot.set(name, ranges);
          if (piece.hit !== undefined && piece.hit === current) {
            currentRanges.push(range(node, offset, end));
          }
        }
        offset = end;
      }
    });
  });
  const names = [PASSAGE, CURRENT, ...bySlot.keys()];
  registry.set(PASSAGE, make(passages, 0));
  for (const [name, ranges] of bySlot) registry.set(name, make(ranges, 1));
  registry.set(CURRENT, make(currentRanges, 2));
  return () => {
    for (const name of names) registry.delete(name);
  };
}
