import type { CslInput } from './csl-input';

/**
 * BibTeX as exporters write it, made fit for citation-js's strict reader: fields Lectern does
 * not use are blanked out (so an oddly named one, Scopus's `funding_text 1`, or an unknown
 * command in a note never rejects the entry), and LaTeX left in the text it gives back becomes
 * text.
 */

/** The fields Lectern reads (as citation-js maps them to CSL-JSON); the rest are skipped. */
const USED = new Set([
  'title',
  'author',
  'journal',
  'journaltitle',
  'booktitle',
  'volume',
  'number',
  'issue',
  'pages',
  'pagetotal',
  'year',
  'date',
  'month',
  'day',
  'doi',
  'issn',
  'abstract',
  'keywords',
  'language',
  'langid',
  'url',
  'type',
]);

interface Field {
  name: string;
  /** Where the field starts and ends (after its comma) in the entry's text. */
  start: number;
  end: number;
}

/** The end of a value part starting at `at` (`{…}`, `"…"` or a bare word), or -1. */
function valueEnd(text: string, at: number): number {
  const open = text[at];
  if (open === '{' || open === '"') {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      const char = text[i];
      if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === '"' && open === '"' && depth === 0 && i > at) return i + 1;
      if (open === '{' && depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
    return -1;
  }
  const word = /^[^\s,#{}"=]+/.exec(text.slice(at))?.[0];
  return word ? at + word.length : -1;
}

/** The entry's fields, or null where it cannot be followed (citation-js then says why). */
function bibtexFields(entry: string): Field[] | null {
  const open = /^\s*@\s*[a-zA-Z]+\s*[{(][^,]*,/.exec(entry);
  if (!open) return null;
  const fields: Field[] = [];
  let at = open[0].length;
  for (;;) {
    const head = /^[\s,]*/.exec(entry.slice(at))?.[0] ?? '';
    const start = at + head.length;
    if (start >= entry.length || entry[start] === '}' || entry[start] === ')') return fields;
    const equals = entry.indexOf('=', start);
    if (equals < 0) return null;
    const name = entry.slice(start, equals).trim();
    if (name === '' || /[{}",]/.test(name)) return null;
    at = equals + 1;
    for (;;) {
      at += /^\s*/.exec(entry.slice(at))?.[0].length ?? 0;
      const end = valueEnd(entry, at);
      if (end < 0) return null;
      at = end + (/^\s*/.exec(entry.slice(end))?.[0].length ?? 0);
      if (entry[at] !== '#') break;
      at++;
    }
    if (entry[at] === ',') at++;
    fields.push({ name: name.toLowerCase(), start, end: at });
  }
}

/**
 * The entry with every field Lectern does not use blanked out, line breaks kept (so citation-js's
 * line numbers still point into the file), and the names of those skipped. Scopus writes its
 * author keywords in `author_keywords`: they are read where there is no `keywords`.
 */
export function usedFields(entry: string): { text: string; skipped: string[] } {
  const fields = bibtexFields(entry);
  if (!fields) return { text: entry, skipped: [] };
  const names = new Set(fields.map((f) => f.name));
  let text = entry;
  const skipped: string[] = [];
  for (const field of fields) {
    if (USED.has(field.name)) continue;
    const own = entry.slice(field.start, field.end);
    if (field.name === 'author_keywords' && !names.has('keywords')) {
      const renamed = own.replace(/^author_keywords/i, 'keywords       ');
      text = text.slice(0, field.start) + renamed + text.slice(field.end);
      continue;
    }
    skipped.push(field.name);
    text = text.slice(0, field.start) + own.replace(/[^\n]/g, ' ') + text.slice(field.end);
  }
  return { text, skipped };
}

/** LaTeX's logos and hyphen, which citation-js leaves as commands. */
export function latexWords(entry: string): string {
  return entry
    .replace(/\\hyphen(?:\{\}|\b)/g, '-')
    .replace(/\\(BibTeX|LaTeX|TeX)(?:\{\}|\b)/g, '$1');
}

/** A LaTeX command citation-js did not know, left in its text: taken away, its text kept. */
const unknownCommands = (text: string) => text.replace(/\\[a-zA-Z]+\*?(?:\[[^\]]*\])?/g, '');

/**
 * The text fields Lectern shows, without the commands citation-js leaves in them. Its rich text
 * (`<i>`, small caps as a styled span) becomes text where every source's does, in `cslToRecord`.
 */
export function withoutLatex(item: CslInput): CslInput {
  const text = (value: string | undefined) =>
    value === undefined ? value : unknownCommands(value);
  return {
    ...item,
    title: text(item.title),
    'container-title': text(item['container-title']),
    abstract: Array.isArray(item.abstract)
      ? item.abstract.map(unknownCommands)
      : text(item.abstract),
    keyword: text(item.keyword),
  };
}
