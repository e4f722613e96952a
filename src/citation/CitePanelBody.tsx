import { useEffect, useId, useState } from 'react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { CslItem } from './csl';
import { missingNote } from './csl';
import { fileName } from './files';
import { plain, toHtml } from './rich';
import { RichText } from './RichText';
import type { Rendered } from './render';
import { citationQuery } from './citationQuery';
import { useCitationServices } from './services';
import { useLoaderDeps } from '../data/LoaderContext';
import { Button } from '../ui/Button';
import { plural } from '../ui/words';
import {
  syncAcrossTabs,
  useBibtexAscii,
  useCiteActions,
  useCiteList,
  useCiteNotice,
  useCiteStore,
  type ListEntry,
} from './store';
import { STYLES, styleInfo, isStyleId, type StyleId } from './styles';

// The panel's chunk carries the citation queries and the reader's saved settings, so the
// reading page's own bundle never does.
export { citationSetQuery } from './citationQuery';

/** The style "Cite this" opens on: the one the reader chose last. */
export function preferredStyle(): StyleId {
  return useCiteStore.getState().style;
}

/** Starts the citation "Cite this" will show, in the reader's style and option. */
export function prepareCitation(
  queryClient: QueryClient,
  entry: ListEntry,
  services: Parameters<typeof citationQuery>[3],
) {
  const { style, bibtexAscii } = useCiteStore.getState();
  return queryClient.query(citationQuery([entry], style, bibtexAscii, services));
}

function outputText(rendered: Rendered): { text: string; html: string | null } {
  return rendered.kind === 'code'
    ? { text: rendered.text, html: null }
    : { text: plain(rendered.bibliography), html: toHtml(rendered.bibliography) };
}

interface CitePanelProps {
  entry: ListEntry;
  style: StyleId;
  onShownStyleChange: (style: StyleId) => void;
}

/** The open panel: format, preview, copy, download, the reader's list. */
export function CitePanel({ entry, style, onShownStyleChange }: CitePanelProps) {
  const ascii = useBibtexAscii();
  const list = useCiteList();
  const notice = useCiteNotice();
  const actions = useCiteActions();
  const [status, setStatus] = useState('');
  const selectId = useId();
  // While the panel is open, another tab's changes to the list show here too.
  useEffect(() => syncAcrossTabs(useCiteStore), []);
  const services = useCitationServices();
  const data = useLoaderDeps();
  const rendered = useQuery(
    citationQuery([entry], style, ascii, { data, render: services.render }),
  );
  const info = styleInfo(style);
  const inList = list.some((e) => e.id === entry.id);
  const note = missingNote(entry.item);

  const copy = async () => {
    if (!rendered.data) return;
    const { text, html } = outputText(rendered.data);
    try {
      await services.copy(text, html);
      setStatus(`${info.label} citation copied to the clipboard.`);
    } catch (error) {
      setStatus(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const download = () => {
    if (!rendered.data) return;
    const name = fileName([entry.item], style);
    services.download(outputText(rendered.data).text, name, info.mime);
    setStatus(`Saved ${name}.`);
  };

  return (
    <section className="cite-panel" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>Cite this</h2>
      {notice && (
        <p className="notice" role="note">
          {notice}{' '}
          <Button variant="link" onClick={actions.noticeDismissed}>
            Dismiss
          </Button>
        </p>
      )}
      <div className="cite-panel__controls">
        <label htmlFor={selectId}>Format</label>
        <select
          id={selectId}
          value={style}
          onChange={(event) => {
            const next = event.target.value;
            if (isStyleId(next)) {
              actions.styleChosen(next);
              onShownStyleChange(next);
            }
          }}
        >
          {STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        {style === 'bibtex' && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={ascii}
              onChange={(event) => {
                actions.bibtexAsciiToggled(event.target.checked);
              }}
            />{' '}
            LaTeX-escaped ASCII
          </label>
        )}
      </div>
      {note && <p className="hint">{note}</p>}
      <figure className="cite-preview" aria-busy={rendered.isPending}>
        <figcaption className="visually-hidden">{info.label} citation</figcaption>
        {rendered.isPending ? (
          <p className="hint">Preparing the citation…</p>
        ) : rendered.isError ? (
          <p role="alert">The citation could not be prepared: {rendered.error.message}</p>
        ) : rendered.data.kind === 'code' ? (
          <>
            <pre
              className="cite-code"
              role="region"
              tabIndex={0}
              aria-label={`${info.label} source`}
            >
              <code>{rendered.data.text}</code>
            </pre>
            {rendered.data.untransliterated && rendered.data.untransliterated.length > 0 && (
              <p className="hint">
                Kept as written (UTF-8), since no LaTeX command for them reads back the same
                everywhere: <bdi>{rendered.data.untransliterated.join(' ')}</bdi>. pdflatex needs
                them declared (<code>\DeclareUnicodeCharacter</code>); XeLaTeX and LuaLaTeX typeset
                them as they are.
              </p>
            )}
            {rendered.data.approximated && rendered.data.approximated.length > 0 && (
              <p className="hint">
                Written as the quote mark they look like, which LaTeX fonts have:{' '}
                <bdi>{rendered.data.approximated.join(' ')}</bdi>.
              </p>
            )}
          </>
        ) : (
          <>
            <p className="cite-text" data-testid="citation">
              <RichText rich={rendered.data.bibliography} />
            </p>
            {rendered.data.inText && (
              <p className="cite-intext">
                In-text: <RichText rich={rendered.data.inText} />
              </p>
            )}
          </>
        )}
      </figure>
      <p className="actions">
        <Button onClick={() => void copy()} disabled={!rendered.data}>
          Copy
        </Button>
        <Button variant="quiet" onClick={download} disabled={!rendered.data}>
          Download .{info.extension}
        </Button>
        <Button
          variant="quiet"
          aria-pressed={inList}
          onClick={() => {
            if (inList) {
              actions.recordRemoved(entry.id);
              setStatus('Removed from your list.');
            } else {
              actions.recordAdded(entry);
              setStatus('Added to your list.');
            }
          }}
        >
          {inList ? 'In my list' : 'Add to my list'}
        </Button>
      </p>
      <p role="status" className="cite-status">
        {status}
      </p>
      <ExportList style={style} ascii={ascii} onStatus={setStatus} />
    </section>
  );
}

function ExportList({
  style,
  ascii,
  onStatus,
}: {
  style: StyleId;
  ascii: boolean;
  onStatus: (text: string) => void;
}) {
  const list = useCiteList();
  const actions = useCiteActions();
  const services = useCitationServices();
  const info = styleInfo(style);
  // Not `disabled` while it works: a disabled button drops the keyboard focus to the page.
  const [exporting, setExporting] = useState(false);
  if (list.length === 0) {
    return (
      <p className="hint">
        Your list is empty: “Add to my list” collects records to export together.
      </p>
    );
  }
  const exportAll = async () => {
    if (exporting) return;
    setExporting(true);
    try {
      const items: CslItem[] = list.map((e) => e.item);
      const result = await services.render(items, style, { bibtexAscii: ascii });
      const name = fileName(items, style);
      services.download(outputText(result).text, name, info.mime);
      onStatus(`Saved ${name} with ${plural(list.length, 'record')}.`);
    } catch (error) {
      onStatus(
        `Could not export your list: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setExporting(false);
    }
  };
  return (
    <section className="cite-list" aria-labelledby="cite-list-title">
      <h3 id="cite-list-title">My list ({list.length})</h3>
      <ul>
        {list.map((entry) => (
          <li key={entry.id}>
            <bdi>{entry.item.title}</bdi>{' '}
            <Button
              variant="link"
              aria-label={`Remove “${entry.item.title}” from my list`}
              onClick={() => {
                actions.recordRemoved(entry.id);
                onStatus('Removed from your list.');
              }}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <p className="actions">
        <Button variant="quiet" onClick={() => void exportAll()} aria-disabled={exporting}>
          Download my list as {info.label}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            actions.listCleared();
            onStatus('Your list is now empty.');
          }}
        >
          Clear my list
        </Button>
      </p>
    </section>
  );
}
