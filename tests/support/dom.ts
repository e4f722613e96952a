import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useCiteStore } from '../../src/citation/store';

// The machines that run these tests are shared and their load varies: `findBy…` waits up to 4 s
// (a test still fails at once on a wrong answer; only a slow right answer is given more time).
// Every wait stays well inside the test's own limit (`testTimeout` in vite.config.ts).
configure({ asyncUtilTimeout: 4000 });

// What jsdom does not implement, set once for every test: scrolling does nothing, as in a page
// that fits the window. (jsdom's own window.scrollTo prints "Not implemented" on every call.)
{
  Element.prototype.scrollIntoView = function scrollIntoView() {
    return undefined;
  };
  window.scrollTo = () => undefined;
}

// The window and the modules live on from file to file (vite.config.ts): each test leaves them
// as it found them, with nothing rendered, nothing stored and the cite store as new.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  useCiteStore.setState(useCiteStore.getInitialState(), true);
});
