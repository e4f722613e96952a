import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useLoaderDeps } from '../data/LoaderContext';
import { Loading } from '../ui/Loading';
import { absoluteUrl } from '../ui/site';
import { plural } from '../ui/words';
import { letterPath, type LetterPage as LetterData } from './model';
import type { Letters } from './links';
import { letterQuery, lettersQuery } from './queries';
import { PageMissing } from './PageMissing';
import type { Prefetch } from '../ui/lazyPage';
import { CountedLinks } from './CountedLinks';

/** What the A–Z pages show first (their routes' loaders, see src/app/routes.tsx). */
export const prefetchLetter =
  (kind: LetterData['kind']): Prefetch =>
  (params, client, deps) => [client.query(letterQuery(kind, params.letter ?? '', deps))];
export const prefetchLetters: Prefetch = (_params, client, deps) => [
  client.query(lettersQuery(deps)),
];

const letterLabel = (letter: string) => (letter === 'other' ? 'Other' : letter.toUpperCase());
const KIND_LABEL: Record<LetterData['kind'], string> = { people: 'People', topics: 'Topics' };

/** `/browse/people/k`, `/browse/topics/m`: every person or topic under a letter, A to Z. */
export function LetterPage({ kind }: { kind: LetterData['kind'] }) {
  const letter = useParams().letter ?? '';
  const query = useQuery(letterQuery(kind, letter, useLoaderDeps()));
  const url = absoluteUrl(letterPath(kind, letter));
  const title = `${KIND_LABEL[kind]}: ${letterLabel(letter)}`;
  if (query.isPending) return <Loading what={`the ${kind}`} />;
  if (query.isError) {
    return (
      <PageMissing
        heading="List not found"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <section className="record-list" aria-labelledby="letter-title">
      <title>{`${title} – Lectern`}</title>
      <meta name="description" content={`${title}, in Lectern.`} />
      {url && <link rel="canonical" href={url} />}
      <p className="breadcrumb">
        <Link to="/browse">Browse</Link>
      </p>
      <h1 id="letter-title" tabIndex={-1}>
        {title}
      </h1>
      <CountedLinks
        links={query.data.entries.map((e) => ({ path: e.path, label: e.name, count: e.count }))}
        noun="record"
        className="browse-records"
      />
    </section>
  );
}

/** The A–Z lists of people and topics, for the browse page. */
export function PortalLetters() {
  const query = useQuery(lettersQuery(useLoaderDeps()));
  const letters: Letters | null | undefined = query.data;
  if (!letters) return null;
  return (
    <>
      {(['people', 'topics'] as const).map((kind) =>
        letters[kind].length > 0 ? (
          <section key={kind} aria-labelledby={`letters-${kind}`}>
            <h2 id={`letters-${kind}`}>{KIND_LABEL[kind]}, A to Z</h2>
            <ul className="letters">
              {letters[kind].map(({ letter, count }) => (
                <li key={letter}>
                  <Link
                    to={letterPath(kind, letter)}
                    aria-label={`${letterLabel(letter)}: ${plural(count, kind === 'people' ? 'person' : 'topic', kind === 'people' ? 'people' : 'topics')}`}
                  >
                    {letterLabel(letter)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
