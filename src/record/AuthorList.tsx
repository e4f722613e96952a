import type { Author } from './schema';
import { AUTHORS_SHOWN, authorListFormat, shortAuthorList } from './format';
import { Button } from '../ui/Button';
import { count } from '../ui/words';

interface AuthorListProps {
  authors: readonly Author[];
  /** Show every author even when there are many. */
  all?: boolean;
  /** Offers "Show all N authors" (and "Show fewer") when given; without it a long list is cut. */
  onShowAllChange?: (all: boolean) => void;
}

/**
 * "Shaji Kumar and Kenneth C. Anderson". Each name is isolated (`<bdi>`), so a right-to-left name
 * keeps its own direction and cannot reorder the commas around it. A long list shows its first
 * authors and how many more there are.
 */
export function AuthorList({ authors, all = false, onShowAllChange }: AuthorListProps) {
  const long = authors.length > AUTHORS_SHOWN + 2;
  const cut = long && !all;
  const parts = authorListFormat.formatToParts(shortAuthorList(authors, all));
  const moreAt = cut ? parts.findLastIndex((part) => part.type === 'element') : -1;
  return (
    <>
      {parts.map((part, i) =>
        part.type === 'literal' || i === moreAt ? part.value : <bdi key={i}>{part.value}</bdi>,
      )}
      {long && onShowAllChange && (
        <>
          {' '}
          <Button
            variant="link"
            aria-expanded={all}
            onClick={() => {
              onShowAllChange(!all);
            }}
          >
            {all ? 'Show fewer authors' : `Show all ${count(authors.length)} authors`}
          </Button>
        </>
      )}
    </>
  );
}
