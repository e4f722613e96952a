import { createContext, useContext } from 'react';
import type { LoaderDeps } from '../data/deps';
import type { CslItem } from './csl';
import type { Rendered, RenderOptions } from './render';
import type { StyleId } from './styleIds';

/** What the citation feature needs from the world: the engine, the clipboard, downloads. */
export interface CitationServices {
  /** The citation engine (in the browser, a Web Worker started on first use). */
  render: (items: CslItem[], style: StyleId, options: RenderOptions) => Promise<Rendered>;
  /** Puts plain text, and HTML when there is some, on the clipboard. */
  copy: (text: string, html: string | null) => Promise<void>;
  /** Saves `text` as a file called `name`. */
  download: (text: string, name: string, mime: string) => void;
}

/**
 * The browser's: each loads its code on first use (the engine's client, the clipboard and file
 * helpers), so a page whose reader never cites carries none of it.
 */
/** What a citation query is run with: how files are fetched, and the engine. */
export interface CitationQueryServices {
  data: LoaderDeps;
  render: CitationServices['render'];
}

export const browserCitationServices: CitationServices = {
  render: async (items, style, options) =>
    (await import('./engine')).renderCitations(items, style, options),
  copy: async (text, html) => (await import('./files')).copyToClipboard(text, html),
  download: (text, name, mime) => {
    void import('./files').then(({ downloadFile }) => {
      downloadFile(text, name, mime);
    });
  },
};

export const CitationServicesContext = createContext<CitationServices>(browserCitationServices);

export function useCitationServices(): CitationServices {
  return useContext(CitationServicesContext);
}
