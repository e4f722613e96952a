import { Link } from 'react-router';
import { plural } from '../ui/words';

/** Links to portal pages, each with how many of something it shares ("Rahul Kumar (2 shared outputs)"). */
export function CountedLinks({
  links,
  noun,
  className = 'plain-list',
}: {
  links: readonly { path: string; label: string; count: number }[];
  /** What is counted, singular ("shared output"). */
  noun: string;
  className?: string;
}) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.path}>
          <Link to={link.path} dir="auto">
            {link.label}
          </Link>{' '}
          <span className="facet__count">({plural(link.count, noun)})</span>
        </li>
      ))}
    </ul>
  );
}
