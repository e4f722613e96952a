/** How the app fetches its files: `fetch`, the base URL, and where operators' notes go. */
export interface LoaderDeps {
  fetch: typeof fetch;
  /** The app's base URL (Vite's `base`), ending in a slash; "" inside the build. */
  baseUrl: string;
  /** Notes for operators (a field left out, an item dropped): the console, the build log. */
  warn: (message: string) => void;
}

export const browserDeps: LoaderDeps = {
  fetch: (...args) => globalThis.fetch(...args),
  baseUrl: import.meta.env.BASE_URL,
  warn: (message) => {
    console.warn(message);
  },
};
