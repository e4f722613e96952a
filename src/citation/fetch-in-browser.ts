/**
 * What citation-js's file fetcher takes from `node-fetch`, in the browser: the platform's own
 * `fetch` and `Headers`. citation-js only uses node-fetch outside a browser, but imports it
 * everywhere; without this stand-in the engine's bundle would carry node-fetch and its Node
 * built-ins (and the build would say so 38 times). Lectern never fetches through citation-js.
 */
export default globalThis.fetch.bind(globalThis);
export const Headers = globalThis.Headers;
