/**
 * The abstract's heading in the indexed page (`indexPage.tsx`): its id names the section Pagefind
 * excerpts on its own, and its text starts that excerpt, so the search engine (`engine.ts`) takes
 * it off. A module of its own: in `document.ts`, which the entry shares, it made Rolldown split a
 * common chunk (1.3 KB more initial JS, measured); in `engine.ts`, building the index pages would
 * load TanStack Query.
 */
export const ABSTRACT_ANCHOR = 'abstract';
export const ABSTRACT_HEADING = 'Abstract';
