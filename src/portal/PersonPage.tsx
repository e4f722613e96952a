import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useLoaderDeps } from '../data/LoaderContext';
import { RecordList } from '../record/RecordList';
import { Loading } from '../ui/Loading';
import { absoluteUrl } from '../ui/site';
import { plural } from '../ui/words';
import { personPath, type PersonPageData } from './model';
import { personQuery } from './queries';
import { PageMissing } from './PageMissing';
import { CountedLinks } from './CountedLinks';
import { WeightBar } from '../ui/WeightBar';
import type { Prefetch } from '../ui/lazyPage';

/** What a person's page shows first (its route's loader, see src/app/routes.tsx). */
export const prefetchPerson =
  (kind: PersonPageData['kind']): Prefetch =>
  (params, client, deps) => [client.query(personQuery(kind, params.id ?? '', deps))];

/** `/persons/<id>` and `/organisations/<id>`: who they are, their outputs, co-authors, fingerprint. */
export function PersonPage({ kind }: { kind: PersonPageData['kind'] }) {
  const id = useParams().id ?? '';
  const query = useQuery(personQuery(kind, id, useLoaderDeps()));
  if (query.isPending)
    return <Loading what={kind === 'organisation' ? 'the organisation' : 'the person'} />;
  if (query.isError) {
    return (
      <PageMissing
        heading={kind === 'organisation' ? 'Organisation not found' : 'Person not found'}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <Person person={query.data} />;
}

function Person({ person }: { person: PersonPageData }) {
  const path = personPath(person);
  const url = absoluteUrl(path);
  const organisation = person.kind === 'organisation';
  return (
    <article className="portal-page" aria-labelledby="person-title">
      <title>{`${person.name} – Lectern`}</title>
      <meta
        name="description"
        content={`${person.name}: ${plural(person.total, 'research output')} in Lectern.`}
      />
      {url && <link rel="canonical" href={url} />}
      <p className="portal-page__kind">{organisation ? 'Organisation' : 'Person'}</p>
      <h1 id="person-title" tabIndex={-1} dir="auto">
        {person.name}
      </h1>
      {(person.orcid || person.affiliations.length > 0) && (
        <dl className="record-details">
          {person.orcid && (
            <div className="record-details__row">
              <dt>ORCID iD</dt>
              <dd>
                <a href={`https://orcid.org/${person.orcid}`}>https://orcid.org/{person.orcid}</a>
              </dd>
            </div>
          )}
          {person.affiliations.length > 0 && (
            <div className="record-details__row">
              <dt>{person.affiliations.length === 1 ? 'Affiliation' : 'Affiliations'}</dt>
              <dd>
                <ul className="plain-list">
                  {person.affiliations.map((a) => (
                    <li key={a} dir="auto">
                      {a}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      <div className="portal-page__body">
        <section aria-labelledby="outputs-title" className="portal-page__main">
          <h2 id="outputs-title">Research outputs ({person.total.toLocaleString('en')})</h2>
          {person.years.map(({ year, records }) => (
            <section key={year} aria-labelledby={`year-${year}`}>
              <h3 id={`year-${year}`}>{year === 'undated' ? 'No date recorded' : year}</h3>
              <RecordList records={records} from={path} />
            </section>
          ))}
        </section>
        <div className="portal-page__aside">
          {person.fingerprint.length > 0 && (
            <section aria-labelledby="person-fingerprint-title">
              <h2 id="person-fingerprint-title">Fingerprint</h2>
              <p className="hint">
                Each concept’s weights in {organisation ? 'its' : 'their'} outputs’ fingerprints,
                summed, as a share of the top concept.
              </p>
              <ol className="fingerprint">
                {person.fingerprint.map((c) => (
                  <li key={c.concept} className="concept">
                    <div className="concept__row">
                      {c.topic ? (
                        <Link to={c.topic} className="concept__link">
                          <bdi>{c.concept}</bdi>
                        </Link>
                      ) : (
                        <bdi>{c.concept}</bdi>
                      )}
                      <span className="concept__weight">{c.weight}%</span>
                    </div>
                    <WeightBar weight={c.weight} />
                    <p className="concept__explained">
                      In {c.records} of {plural(person.total, 'output')} (
                      {c.weights.map((w) => `${w}%`).join(' + ')})
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          )}
          {person.coauthors.length > 0 && (
            <section aria-labelledby="coauthors-title">
              <h2 id="coauthors-title">Co-authors</h2>
              <CountedLinks
                links={person.coauthors.map((c) => ({
                  path: c.path,
                  label: c.name,
                  count: c.shared,
                }))}
                noun="shared output"
              />
            </section>
          )}
          {person.similar.length > 0 && (
            <section aria-labelledby="similar-title">
              <h2 id="similar-title">Other people with a similar name</h2>
              <p className="hint">
                Lectern joins two names only when an ORCID iD or the whole name is the same; these
                may be the same person, or not.
              </p>
              <ul className="plain-list">
                {person.similar.map((s) => (
                  <li key={s.path}>
                    <Link to={s.path} dir="auto">
                      {s.name}
                    </Link>
                    {s.orcid && <span className="facet__count"> (ORCID {s.orcid})</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </article>
  );
}
