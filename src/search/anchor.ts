/**
 * The id of the abstract's heading in the indexed page (`indexPage.tsx`), and so of its section's
 * excerpt in the search engine (`engine.ts`). A module of its own: in `document.ts`, which the
 * entry shares, it made Rolldown split a common chunk (1.3 KB more initial JS, measured); in
 * `engine.ts`, the dev server's index would load TanStack Query to read it (10 s on first use).
 */
export const ABSTRACT_ANCHOR = 'abstract';
