import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading } from '../ui/Loading';
import { ProblemView } from './ProblemView';

interface LoadedProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, for "Loading the record…". */
  what: string;
  children: (data: T) => ReactNode;
}

/** A page's data: a loading note, a problem with a way out, or the page itself. */
export function Loaded<T>({ query, what, children }: LoadedProps<T>) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) {
    return (
      <ProblemView
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return children(query.data);
}
