import { Link } from 'react-router';
import type { Author } from './schema';
import { AUTHORS_SHOWN, authorListFormat, displayName } from './format';
import { Button } from '../ui/Button';
import { count } from '../ui/words';

interface AuthorListProps {
  authors: readonly Author[];
  /** Each author's page, where the portal has one. */
  links?: readonly (string | null)[] | undefined;
  /** Show every author even when there are many. */
  all?: boolean;
  /** Offers "Show all N authors" (and "Show fewer") when given; without it a long list is cut. */
  onShowAllChange?: (all: boolean) => void;
}

/** One rendering of a list of names: each isolated, each a link to its page where there is one. */
function Names({
  names,
  links,
  more,
}: {
  names: readonly string[];
  links: readonly (string | null)[] | undefined;
  /** "and 990 more" after the names. */
  more?: number;
}) {
  const parts = authorListFormat.formatToParts(
    more ? [...names, `${count(more)} more`] : [...names],
  );
  let element = -1;
  return parts.map((part, i) => {
    if (part.type === 'literal') return part.value;
    element += 1;
    if (more && element === names.length) return part.value;
    const href = links?.[element];
    return href ? (
      <Link key={i} to={href} className="author-link">
        <bdi>{part.value}</bdi>
      </Link>
    ) : (
      <bdi key={i}>{part.value}</bdi>
    );
  });
}

/**
 * "Shaji Kumar and Kenneth C. Anderson". Each name is isolated (`<bdi>`), so a right-to-left name
 * keeps its own direction and cannot reorder the commas around it, and leads to the author's page
 * where the portal has one. A long list shows its first authors and how many more there are; the
 * whole list is in the page too, shown by "Show all N authors" or, with scripts off, in place of
 * the short one.
 */
export function AuthorList({ authors, links, all = false, onShowAllChange }: AuthorListProps) {
  const long = authors.length > AUTHORS_SHOWN + 2;
  if (!long) return <Names names={authors.map(displayName)} links={links} />;
  const short = authors.slice(0, AUTHORS_SHOWN).map(displayName);
  return (
    <>
      <span className="authors-short" hidden={all}>
        <Names names={short} links={links} more={authors.length - AUTHORS_SHOWN} />
      </span>
      <span className="authors-full" hidden={!all}>
        <Names names={authors.map(displayName)} links={links} />
      </span>
      {onShowAllChange && (
        <>
          {' '}
          <Button
            variant="link"
            className="needs-script"
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
