import { lazy, Suspense, useId, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { citationQuery } from './citationQuery';
import { useBibtexAscii, useCiteStyle, type ListEntry } from './store';
import type { StyleId } from './styles';
import { PanelBoundary } from '../ui/PanelBoundary';

/** The panel itself is its own chunk: a reader who never cites never downloads it. */
const loadPanel = () => import('./CitePanelBody');
const CitePanel = lazy(() => loadPanel().then((m) => ({ default: m.CitePanel })));

/**
 * Starts preparing the reader's citation once the reader shows intent (the pointer on "Cite
 * this", or the keyboard focus on it), never before: the panel's chunk and the build's citations
 * for the record, or, for a record the build does not know, the engine.
 */
function usePrepareOnIntent(entry: ListEntry, style: StyleId, bibtexAscii: boolean) {
  const queryClient = useQueryClient();
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
  const prepare = usePrepareOnIntent(entry, preferred, ascii);
  const open = shownStyle !== null;
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
          onShownStyleChange(open ? null : preferred);
        }}
      >
        Cite this
      </button>
      <div
        id={panelId}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          event.stopPropagation();
          onShownStyleChange(null);
          toggle.current?.focus();
        }}
      >
        {shownStyle && (
          <PanelBoundary what="The citation panel">
            <Suspense fallback={<p className="hint">Preparing the citation…</p>}>
              <CitePanel entry={entry} style={shownStyle} onShownStyleChange={onShownStyleChange} />
            </Suspense>
          </PanelBoundary>
        )}
      </div>
    </div>
  );
}
