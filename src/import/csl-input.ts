import type { CslName } from '../record/schema';

/**
 * CSL-JSON as sources write it: every field optional and loosely typed. Each reader (citation-js
 * for RIS and BibTeX, the MEDLINE and Crossref readers here) produces this, and one mapping turns
 * it into a Lectern record.
 */
/**
 * A name as sources write it: CSL-JSON's parts, and what some sources add to them (Crossref's
 * `ORCID` and `affiliation`; MEDLINE's, WoS's and others' through their readers).
 */
export interface CslInputName extends CslName {
  ORCID?: string;
  orcid?: string;
  /** Where the author worked: names, or Crossref's `{ "name": … }` objects. */
  affiliation?: (string | { name?: string })[] | string;
}

export interface CslInput {
  type?: string;
  title?: string;
  author?: CslInputName[];
  'container-title'?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string | number;
  'page-first'?: string | number;
  'number-of-pages'?: string | number;
  issued?: { 'date-parts'?: (string | number)[][]; raw?: string; literal?: string };
  language?: string;
  DOI?: string;
  ISSN?: string;
  /** A string, or (citation-js, from several RIS AB lines) its paragraphs. */
  abstract?: string | string[];
  keyword?: string;
  genre?: string;
  /** Not CSL: subject areas and keywords as lists, where a source states them so. */
  subjects?: string[];
  keywords?: string[];
}
