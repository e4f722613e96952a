import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The machines that run these tests are shared and their load varies: `findBy…` waits up to 5 s
// (a test still fails at once on a wrong answer; only a slow right answer is given more time).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
