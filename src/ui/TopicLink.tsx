import { Link } from 'react-router';

/**
 * The way from a keyword or a concept to its topic's page. Beside a highlight toggle it is a small
 * arrow; where the toggle is not there (scripts off, print) it shows the term itself, so the term
 * is still named and still leads somewhere.
 */
export function TopicLink({ to, label }: { to: string | undefined; label: string }) {
  // Without a page to lead to, the term is still named where its toggle is not there.
  if (!to) return <bdi className="topic-link__label">{label}</bdi>;
  return (
    <Link to={to} className="topic-link" aria-label={`All records on ${label}`}>
      <bdi className="topic-link__label">{label}</bdi>
      <span className="topic-link__arrow" aria-hidden="true">
        ↗
      </span>
    </Link>
  );
}
