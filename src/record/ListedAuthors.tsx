import { authorListFormat } from './format';
import { count } from '../ui/words';

/**
 * A list's author line, "Shaji Kumar and Kenneth C. Anderson", each name isolated (`<bdi>`) so
 * that a name in another direction, or one with a bidi control left open, keeps to itself.
 */
export function ListedAuthors({
  authors,
  more = 0,
}: {
  authors: readonly string[];
  more?: number;
}) {
  const names = more > 0 ? [...authors, `${count(more)} more`] : [...authors];
  const parts = authorListFormat.formatToParts(names);
  const moreAt = more > 0 ? parts.findLastIndex((part) => part.type === 'element') : -1;
  return parts.map((part, i) =>
    part.type === 'literal' || i === moreAt ? part.value : <bdi key={i}>{part.value}</bdi>,
  );
}
