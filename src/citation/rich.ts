/**
 * Formatted citation text as plain data: runs of text with their emphasis, and line breaks. It is
 * rendered as React text nodes, written out as plain text, or as a small, escaped HTML string for
 * the clipboard; never as markup taken from elsewhere.
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
      let html = escapeHtml(part.text);
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

/**
 * Reads the HTML a CSL processor writes into runs, keeping only emphasis (i, em, b, strong, sup,
 * sub, small caps); every other element contributes its text alone. `parse` is the DOMParser's
 * parseFromString, passed in so that this stays a plain function.
 */
export function fromHtml(html: string, parse: (html: string) => Document): Rich {
  const body = parse(html).body;
  const out: Rich = [];
  const walk = (node: Node, style: Omit<Run, 'text'>) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      // Indentation between a processor's block elements is layout, not text.
      const parent = node.parentElement?.tagName.toLowerCase();
      if (text.trim() === '' && (parent === undefined || parent === 'div' || parent === 'body'))
        return;
      out.push({ text, ...style });
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (tag === 'br') {
      out.push({ break: true });
      return;
    }
    const next = { ...style };
    if (tag === 'i' || tag === 'em') next.italic = true;
    if (tag === 'b' || tag === 'strong') next.bold = true;
    if (tag === 'sup') next.sup = true;
    if (tag === 'sub') next.sub = true;
    const css = element.getAttribute('style') ?? '';
    if (/font-style:\s*italic/.test(css)) next.italic = true;
    if (/font-weight:\s*bold/.test(css)) next.bold = true;
    if (/font-variant:\s*small-caps/.test(css)) next.smallCaps = true;
    if (/font-style:\s*normal/.test(css)) next.italic = false;
    element.childNodes.forEach((child) => {
      walk(child, next);
    });
    if (element.classList.contains('csl-left-margin')) out.push({ text: ' ', ...style });
    if (tag === 'div' && element.classList.contains('csl-entry') && element.nextElementSibling) {
      out.push({ break: true });
    }
  };
  body.childNodes.forEach((child) => {
    walk(child, {});
  });
  const runs = normalise(out);
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first && !isBreak(first)) first.text = first.text.trimStart();
  if (last && !isBreak(last)) last.text = last.text.trimEnd();
  return runs.map((part) =>
    isBreak(part) ? part : { ...part, text: part.text.replace(/ {2,}/g, ' ') },
  );
}
