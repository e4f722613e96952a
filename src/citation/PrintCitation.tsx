import { memo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Rich } from './rich';
import { RichText } from './RichText';

/**
 * The APA citation the build wrote into a record's page, for paper: printed when "Cite this" is
 * not open (then the open one is). The browser never asks for it: it is there in a built page's
 * data or not at all (a record opened in the app without its built page prints none).
 */
export function printCitationQuery(id: string) {
  return queryOptions<Rich | null>({
    // Its own key (not citationKeys, whose module brings the panel's code into the page).
    queryKey: ['citation', 'print', id],
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
  });
}

export const PrintCitation = memo(function PrintCitation({ id }: { id: string }) {
  const { data } = useQuery(printCitationQuery(id));
  if (!data) return null;
  return (
    <section className="print-citation" aria-labelledby="print-citation-title">
      <h2 id="print-citation-title">Cite this (APA)</h2>
      <p>
        <RichText rich={data} />
      </p>
    </section>
  );
});
