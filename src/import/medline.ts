import type { CslInput, CslInputName } from './csl-input';

/**
 * MEDLINE (PubMed's .nbib export) read into CSL-JSON. No maintained citation-js plugin reads it
 * for citation-js 0.8, so this small reader does: tags of up to four letters, "TAG - value",
 * continuation lines indented by six spaces.
 */
/** An entry's tagged lines in order, continuation lines joined to the line they continue. */
export function medlineLines(entry: string): [tag: string, value: string][] {
  const lines: [string, string][] = [];
  for (const line of entry.split('\n')) {
    const tagged = /^([A-Z]{2,4})\s*- ?(.*)$/.exec(line);
    const last = lines.at(-1);
    if (tagged) lines.push([tagged[1] ?? '', (tagged[2] ?? '').trim()]);
    else if (last && /^\s+\S/.test(line)) last[1] = `${last[1]} ${line.trim()}`;
  }
  return lines;
}

export function medlineFields(entry: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [tag, value] of medlineLines(entry))
    fields.set(tag, [...(fields.get(tag) ?? []), value]);
  return fields;
}

/**
 * The authors in order, each with what follows their name: MEDLINE writes an author's
 * affiliations (AD) and identifiers (AUID, "ORCID: 0000-…") after their FAU (or AU) line.
 */
function medlineAuthors(entry: string): CslInputName[] {
  const authors: CslInputName[] = [];
  const lines = medlineLines(entry);
  const hasFull = lines.some(([tag]) => tag === 'FAU');
  for (const [tag, value] of lines) {
    if (tag === (hasFull ? 'FAU' : 'AU')) {
      authors.push(person(hasFull ? value : value.replace(/ (\S+)$/, ', $1')));
    } else if (tag === 'AD' || tag === 'AUID') {
      const current = authors.at(-1);
      if (!current) continue;
      if (tag === 'AD') {
        const known = Array.isArray(current.affiliation) ? current.affiliation : [];
        current.affiliation = [...known, value];
      } else if (/^ORCID:/i.test(value)) {
        current.ORCID = value.replace(/^ORCID:\s*/i, '');
      }
    }
  }
  return authors;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2005 May 3" → [2005, 5, 3]; "2005 Spring" or "2005 May-Jun" keep only what is certain. */
export function medlineDate(value: string): number[] | undefined {
  const [year, month, day] = value.split(/\s+/);
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const m = month ? MONTHS.indexOf(month.toLowerCase()) + 1 : 0;
  if (m === 0 || month?.length !== 3) return [Number(year)];
  if (day && /^\d{1,2}$/.test(day)) return [Number(year), m, Number(day)];
  return [Number(year), m];
}

/** MEDLINE shortens the last page ("262-70" is 262–270); it is written out in full here. */
export function medlinePages(value: string): string {
  const [first = '', last] = value.split(';')[0]?.trim().split('-') ?? [];
  if (!last) return first;
  const full =
    /^\d+$/.test(first) && /^\d+$/.test(last) && last.length < first.length
      ? first.slice(0, first.length - last.length) + last
      : last;
  return `${first}-${full}`;
}

function person(fullName: string): CslInputName {
  const [family = '', given] = fullName.split(/,\s*/, 2);
  return given ? { family, given } : { family };
}

export function medlineToCsl(entry: string): CslInput {
  const fields = medlineFields(entry);
  const one = (tag: string) => fields.get(tag)?.[0];
  const item: CslInput = { type: 'article-journal' };
  const title = one('TI');
  if (title) item.title = title.replace(/\.$/, '');
  // FAU (full names) when present, else AU ("Kumar S"); CN are corporate authors.
  item.author = [
    ...medlineAuthors(entry),
    ...(fields.get('CN') ?? []).map((literal) => ({ literal })),
  ];
  const journal = one('JT') ?? one('TA');
  if (journal) item['container-title'] = journal;
  const volume = one('VI');
  if (volume) item.volume = volume;
  const issue = one('IP');
  if (issue) item.issue = issue;
  const pages = one('PG');
  if (pages) item.page = medlinePages(pages);
  const date = one('DP');
  const parts = date ? medlineDate(date) : undefined;
  if (parts) item.issued = { 'date-parts': [parts] };
  const language = one('LA');
  if (language) item.language = language;
  const doi = [...(fields.get('AID') ?? []), ...(fields.get('LID') ?? [])]
    .find((id) => id.endsWith('[doi]'))
    ?.replace(/\s*\[doi\]$/, '');
  if (doi) item.DOI = doi;
  const issn = one('IS');
  if (issn) item.ISSN = issn.replace(/\s*\(.*\)$/, '');
  const abstract = one('AB');
  if (abstract) item.abstract = abstract;
  const keywords = fields.get('OT');
  if (keywords) item.keywords = keywords;
  const types = fields.get('PT');
  if (types) item.genre = types.join(' › ');
  return item;
}
