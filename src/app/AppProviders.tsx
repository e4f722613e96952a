import { StrictMode, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LoaderContext } from '../data/LoaderContext';
import { CitationServicesContext } from '../citation/services';
import { FingerprintServicesContext } from '../fingerprint/useFingerprint';
import { SearchEngineContext } from '../search/context';
import type { AppServices } from './services';

/** The providers around the router, the same in the browser, the prerender and the tests. */
export function AppProviders({
  queryClient,
  services,
  children,
}: {
  queryClient: QueryClient;
  services: AppServices;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LoaderContext value={services.data}>
          <SearchEngineContext value={services.search}>
            <CitationServicesContext value={services.citations}>
              <FingerprintServicesContext value={services.fingerprint}>
                {children}
              </FingerprintServicesContext>
            </CitationServicesContext>
          </SearchEngineContext>
        </LoaderContext>
      </QueryClientProvider>
    </StrictMode>
  );
}
