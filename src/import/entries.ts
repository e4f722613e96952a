/**
 * Files cut into entries, each with the line it starts on, so that one broken entry is reported
 * where it is and the rest of the file still imports.
 */
export interface Entry {
  /** 1-based line of the entry's first line in the file. */
  line: number;
  text: string;
}

/** Groups lines into entries: `starts` opens a new one; lines before the first are not entries. */
function cut(text: string, starts: (line: string) => boolean): Entry[] {
  const entries: Entry[] = [];
  const lines = text.split('\n');
  let first = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !starts(lines[i] ?? '')) continue;
    if (first >= 0) entries.push({ line: first + 1, text: lines.slice(first, i).join('\n') });
    first = i;
  }
  return entries;
}

/** RIS: an entry runs from its `TY  -` line up to the next one. */
export function risEntries(text: string): Entry[] {
  return cut(text, (line) => /^TY {2}- /.test(line)).map((entry) => ({
    ...entry,
    // Anything after the entry's ER line (a blank line, a stray note) is not part of it.
    text: entry.text.replace(/(\nER {2}-[^\n]*)[\s\S]*$/, '$1\n'),
  }));
}

export interface BibtexEntries {
  entries: Entry[];
  /** The file's @string definitions, which every entry may use. */
  strings: string;
}

const BIBTEX_START = /^\s*@\s*([a-zA-Z]+)\s*[{(]/;

/**
 * BibTeX: an entry starts on a line that begins with `@type{`. Cutting on such lines (rather than
 * following braces through the file) keeps one unbalanced entry from swallowing the rest.
 * @comment and @preamble are left out; @string definitions are collected for every entry.
 */
export function bibtexEntries(text: string): BibtexEntries {
  const all = cut(text, (line) => BIBTEX_START.test(line));
  const strings: string[] = [];
  const entries: Entry[] = [];
  for (const entry of all) {
    const type = BIBTEX_START.exec(entry.text)?.[1]?.toLowerCase();
    if (type === 'string') strings.push(entry.text);
    else if (type !== 'comment' && type !== 'preamble') entries.push(entry);
  }
  return { entries, strings: strings.join('\n') };
}

/** Whether every `{` has its `}` (as BibTeX counts them, backslash or not). */
export function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** MEDLINE (PubMed's .nbib): entries are separated by blank lines. */
export function medlineEntries(text: string): Entry[] {
  let blank = true;
  return cut(text, (line) => {
    const starts = blank && line.trim() !== '';
    blank = line.trim() === '';
    return starts;
  }).map((entry) => ({ ...entry, text: entry.text.trimEnd() }));
}

interface Container {
  array: boolean;
  path: string[];
  /** In an object: the key just read, and whether the next string is a key. */
  key: string;
  keyNext: boolean;
  /** In an array: whether the next value to start is an item. */
  itemNext: boolean;
}

/**
 * The line each item of the JSON array at `path` starts on (`[]`: the top-level array;
 * `["message", "items"]`: a Crossref list), found by walking the text once with strings skipped.
 */
export function jsonArrayItemLines(text: string, path: readonly string[]): number[] {
  const lines: number[] = [];
  const stack: Container[] = [];
  const target = path.join('\u0000');
  let line = 1;
  let stringStart = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\n') line++;
    const top = stack[stack.length - 1];
    if (stringStart >= 0) {
      if (char === '\\') i++;
      else if (char === '"') {
        if (top && !top.array && top.keyNext) {
          top.key = text.slice(stringStart + 1, i);
          top.keyNext = false;
        }
        stringStart = -1;
      }
      continue;
    }
    if (top?.array && top.itemNext && !/[\s\]]/.test(char)) {
      if (top.path.join('\u0000') === target) lines.push(line);
      top.itemNext = false;
    }
    if (char === '"') stringStart = i;
    else if (char === '[' || char === '{') {
      const at = top ? [...top.path, top.array ? '*' : top.key] : [];
      stack.push({ array: char === '[', path: at, key: '', keyNext: true, itemNext: true });
    } else if (char === ']' || char === '}') stack.pop();
    else if (char === ',' && top) {
      if (top.array) top.itemNext = true;
      else top.keyNext = true;
    }
  }
  return lines;
}

/** The line each top-level item of a JSON array starts on, or [line] for a single object. */
export function jsonItemLines(text: string): number[] {
  const first = /^\s*\{/.exec(text);
  if (first) return [first[0].split('\n').length];
  return jsonArrayItemLines(text, []);
}

/** The line of a JSON.parse error, from the position V8 names in its message. */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return undefined;
  return text.slice(0, Number(position)).split('\n').length;
}

/** JSON holds CSL-JSON or Crossref works; each item says which it is. */
export type SourceFormat = 'ris' | 'bibtex' | 'json' | 'medline';

/**
 * The format of a file, from its first lines and then its name: exporters' names mislead (PubMed
 * saves MEDLINE as ".ris", Ovid numbers its RIS records, Cochrane heads them with a provider).
 */
export function detectFormat(name: string, text: string): SourceFormat | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const head = text.trimStart();
  const lines = head.slice(0, 4000);
  if (/^TY {1,2}- /m.test(lines)) return 'ris';
  if (/^PMID- /m.test(lines)) return 'medline';
  if (BIBTEX_START.test(head)) return 'bibtex';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (extension === 'ris') return 'ris';
  if (extension === 'bib' || extension === 'bibtex') return 'bibtex';
  if (extension === 'nbib') return 'medline';
  if (extension === 'json') return 'json';
  return null;
}
