import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { citationQuery, citationSetQuery } from './citationQuery';
import { useBibtexAscii, useCiteStyle, type ListEntry } from './store';
import type { StyleId } from './styles';
import { PanelBoundary } from '../ui/PanelBoundary';
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
 * first paint never waits for this), the panel's small chunk and the citations the build wrote
 * for the record (a few KB). The engine (about 136 KB) loads only on intent (the pointer on "Cite
 * this", the keyboard focus on it, a click), and only when the build has not already written the
 * citation.
 */
function usePrepare(entry: ListEntry, style: StyleId, bibtexAscii: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    void loadPanel().catch(() => null);
    void queryClient.query(citationSetQuery(entry.id)).catch(() => null);
  }, [queryClient, entry.id]);
  return () => {
    void loadPanel().catch(() => null);
    void queryClient.query(citationQuery([entry], style, bibtexAscii)).catch(() => null);
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
export function CiteThis({ entry, shownStyle, onShownStyleChange }: CiteThisProps) {
  const preferred = useCiteStyle();
  const ascii = useBibtexAscii();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const prepare = usePrepare(entry, preferred, ascii);
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
      <button
        ref={toggle}
        type="button"
        className="button button--quiet cite__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => {
          if (!open) prepare();
          onShownStyleChange(open ? null : preferred);
        }}
      >
        Cite this
      </button>
      <div id={panelId} hidden={!open} ref={container}>
        {shownStyle && (
          <PanelBoundary what="The citation panel">
            {failure ? (
              <div role="alert" className="panel-error">
                <p>The citation panel could not be loaded: {failure.message}</p>
                <button type="button" className="button button--quiet" onClick={retry}>
                  Try again
                </button>
              </div>
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
}
