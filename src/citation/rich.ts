import { directionRuns } from '../text/bidi';

/**
 * Formatted citation text as plain data: runs of text with their emphasis, and line breaks. It is
 * rendered as React text nodes, written out as plain text, or as a small, escaped HTML string for
 * the clipboard; never as markup taken from elsewhere. Right-to-left runs are isolated by
 * elements (`<bdi>`), never by control characters, so the plain text carries none.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  sup?: boolean;
  sub?: boolean;
  smallCaps?: boolean;
}
export type Rich = (Run | { break: true })[];

export function isBreak(part: Rich[number]): part is { break: true } {
  return 'break' in part;
}

export function plain(rich: Rich): string {
  return rich.map((part) => (isBreak(part) ? '\n' : part.text)).join('');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function toHtml(rich: Rich): string {
  return rich
    .map((part) => {
      if (isBreak(part)) return '<br>';
      let html = directionRuns(part.text)
        .map((run) => (run.rtl ? `<bdi>${escapeHtml(run.text)}</bdi>` : escapeHtml(run.text)))
        .join('');
      if (part.smallCaps) html = `<span style="font-variant:small-caps">${html}</span>`;
      if (part.sub) html = `<sub>${html}</sub>`;
      if (part.sup) html = `<sup>${html}</sup>`;
      if (part.italic) html = `<i>${html}</i>`;
      if (part.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

/** Joins runs of the same emphasis, so tests and output stay tidy. */
export function normalise(rich: Rich): Rich {
  const out: Rich = [];
  for (const part of rich) {
    const last = out[out.length - 1];
    if (
      last &&
      !isBreak(last) &&
      !isBreak(part) &&
      Boolean(last.bold) === Boolean(part.bold) &&
      Boolean(last.italic) === Boolean(part.italic) &&
      Boolean(last.sup) === Boolean(part.sup) &&
      Boolean(last.sub) === Boolean(part.sub) &&
      Boolean(last.smallCaps) === Boolean(part.smallCaps)
    ) {
      last.text += part.text;
    } else if (isBreak(part) || part.text !== '') {
      out.push({ ...part });
    }
  }
  return out;
}
