import { useId, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CslItem } from './csl';
import { missingNote } from './csl';
import { copyToClipboard, downloadFile, fileName } from './files';
import { isBreak, plain, toHtml, type Rich } from './rich';
import type { Rendered } from './render';
import { renderCitations } from './engine';
import { citationQuery, outputTypesOf } from './citationQuery';
import {
  useBibtexAscii,
  useCiteActions,
  useCiteList,
  useCiteNotice,
  type ListEntry,
} from './store';
import { STYLES, styleInfo, isStyleId, type StyleId } from './styles';

function RichText({ rich }: { rich: Rich }) {
  return rich.map((part, i) => {
    if (isBreak(part)) return <br key={i} />;
    let node: ReactNode = part.text;
    if (part.smallCaps) node = <span className="small-caps">{node}</span>;
    if (part.sub) node = <sub>{node}</sub>;
    if (part.sup) node = <sup>{node}</sup>;
    if (part.italic) node = <i>{node}</i>;
    if (part.bold) node = <b>{node}</b>;
    return <span key={i}>{node}</span>;
  });
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
  const rendered = useQuery(citationQuery([entry], style, ascii));
  const info = styleInfo(style);
  const inList = list.some((e) => e.id === entry.id);
  const note = missingNote(entry.item);

  const copy = async () => {
    if (!rendered.data) return;
    const { text, html } = outputText(rendered.data);
    try {
      await copyToClipboard(text, html);
      setStatus(`${info.label} citation copied to the clipboard.`);
    } catch (error) {
      setStatus(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const download = () => {
    if (!rendered.data) return;
    const name = fileName([entry.item], style);
    downloadFile(outputText(rendered.data).text, name, info.mime);
    setStatus(`Saved ${name}.`);
  };

  return (
    <section className="cite-panel" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>Cite this</h2>
      {notice && (
        <p className="notice" role="note">
          {notice}{' '}
          <button type="button" className="link-button" onClick={actions.noticeDismissed}>
            Dismiss
          </button>
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
                Not ASCII, because LaTeX has no command for them:{' '}
                <bdi>{rendered.data.untransliterated.join(' ')}</bdi>. They are kept as written
                (UTF-8).
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
        <button
          type="button"
          className="button"
          onClick={() => void copy()}
          disabled={!rendered.data}
        >
          Copy
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={download}
          disabled={!rendered.data}
        >
          Download .{info.extension}
        </button>
        <button
          type="button"
          className="button button--quiet"
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
        </button>
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
      const result = await renderCitations(items, style, {
        bibtexAscii: ascii,
        outputTypes: outputTypesOf(list),
      });
      const name = fileName(items, style);
      downloadFile(outputText(result).text, name, info.mime);
      onStatus(`Saved ${name} with ${list.length} ${list.length === 1 ? 'record' : 'records'}.`);
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
            <button
              type="button"
              className="link-button"
              aria-label={`Remove “${entry.item.title}” from my list`}
              onClick={() => {
                actions.recordRemoved(entry.id);
                onStatus('Removed from your list.');
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p className="actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void exportAll()}
          aria-disabled={exporting}
        >
          Download my list as {info.label}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            actions.listCleared();
            onStatus('Your list is now empty.');
          }}
        >
          Clear my list
        </button>
      </p>
    </section>
  );
}
