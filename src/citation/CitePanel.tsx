import { memo, useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLoaderDeps } from '../data/LoaderContext';
import type { ListEntry } from './store';
import { DEFAULT_STYLE, type StyleId } from './styleIds';
import { useCitationServices } from './services';
import { PanelBoundary } from '../ui/PanelBoundary';
import { Button } from '../ui/Button';
import { Failure } from '../ui/Failure';
import type * as PanelBody from './CitePanelBody';

type PanelModule = typeof PanelBody;

/**
 * The panel itself is its own chunk, fetched once the page is up or on intent. It is not a
 * React.lazy component: a suspended panel would be revealed no sooner than React's fallback
 * throttle (300 ms) allows; this way it renders as soon as its chunk is there.
 */
let panelModule: PanelModule | null = null;
const loadPanel = () =>
  import('./CitePanelBody').then((module) => {
    panelModule = module;
    return module;
  });

/**
 * The panel's module once it is loaded (loading it when `wanted`), or why it could not be, with
 * a way to try again. A module already fetched by the page's preparation is used at once.
 */
function usePanelModule(wanted: boolean) {
  const [failure, setFailure] = useState<Error | null>(null);
  const [loaded, setLoaded] = useState<PanelModule | null>(null);
  const panel = loaded ?? panelModule;
  useEffect(() => {
    if (!wanted || panel || failure) return;
    let live = true;
    loadPanel().then(
      (module) => {
        if (live) setLoaded(module);
      },
      (error: unknown) => {
        if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, panel, failure]);
  return {
    panel,
    failure,
    retry: () => {
      setFailure(null);
    },
  };
}

/**
 * Gets the citation ready before the reader asks, without the engine: once the page is up (its
 * first paint never waits for this), the panel's small chunk (with the reader's saved settings)
 * and the citations the build wrote for the record (a few KB). The engine (about 136 KB) loads
 * only on intent (the pointer on "Cite this", the keyboard focus on it, a click), and only when
 * the build has not already written the citation.
 */
function usePrepare(entry: ListEntry) {
  const queryClient = useQueryClient();
  const data = useLoaderDeps();
  const { render } = useCitationServices();
  useEffect(() => {
    void loadPanel()
      .then((panel) => queryClient.query(panel.citationSetQuery(entry.id, data)))
      .catch(() => null);
  }, [queryClient, entry.id, data]);
  return () => {
    void loadPanel()
      .then((panel) => panel.prepareCitation(queryClient, entry, { data, render }))
      .catch(() => null);
  };
}

interface CiteThisProps {
  entry: ListEntry;
  /** The style the open panel shows, from the URL; null while the panel is closed. */
  shownStyle: StyleId | null;
  /** Asks the page to show the panel on a style (null closes it), by changing the URL. */
  onShownStyleChange: (style: StyleId | null) => void;
}

/**
 * "Cite this": the button and, when open, the panel with its preview, copy, download and list.
 * Open and shown style come from the URL; the button opens on the reader's preferred style.
 * Escape closes the panel and returns focus to the button.
 */
export const CiteThis = memo(function CiteThis({
  entry,
  shownStyle,
  onShownStyleChange,
}: CiteThisProps) {
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const prepare = usePrepare(entry);
  const open = shownStyle !== null;
  const { panel, failure, retry } = usePanelModule(open);
  const container = useRef<HTMLDivElement>(null);
  // Escape anywhere in the open panel closes it and puts the focus back on "Cite this".
  useEffect(() => {
    const element = container.current;
    if (!open || !element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onShownStyleChange(null);
      toggle.current?.focus();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
    };
  }, [open, onShownStyleChange]);
  return (
    <div className="cite needs-script">
      <Button
        ref={toggle}
        variant="quiet"
        className="cite__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => {
          if (open) {
            onShownStyleChange(null);
            return;
          }
          prepare();
          // The reader's preferred style is in the panel's chunk, fetched once the page is up;
          // if it is not there yet, the panel opens on the default and then turns to it.
          if (panelModule) {
            onShownStyleChange(panelModule.preferredStyle());
            return;
          }
          onShownStyleChange(DEFAULT_STYLE);
          void loadPanel()
            .then((panel) => {
              const preferred = panel.preferredStyle();
              if (preferred !== DEFAULT_STYLE) onShownStyleChange(preferred);
            })
            .catch(() => null);
        }}
      >
        Cite this
      </Button>
      <div id={panelId} hidden={!open} ref={container}>
        {shownStyle && (
          <PanelBoundary what="The citation panel">
            {failure ? (
              <Failure onRetry={retry}>
                The citation panel could not be loaded: {failure.message}
              </Failure>
            ) : panel ? (
              <panel.CitePanel
                entry={entry}
                style={shownStyle}
                onShownStyleChange={onShownStyleChange}
              />
            ) : (
              <p className="hint">Preparing the citation…</p>
            )}
          </PanelBoundary>
        )}
      </div>
    </div>
  );
});
