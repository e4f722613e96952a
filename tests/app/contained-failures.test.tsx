import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seed } from '../fixtures/records';
import { renderApp, serveFiles, testCitationServices, warmCitationEngine } from '../support/render';
import type * as Csl from '../../src/citation/csl';

// The engine loads once per file, outside any test's limit.
beforeAll(warmCitationEngine, 60_000);

// A seam for a bug inside the panel: the missing-facts note throws. The engine and the derivation
// fail through the services the app is given.
const failures = vi.hoisted(() => ({ note: false, derive: false, engine: false }));

vi.mock('../../src/citation/csl', async (original) => {
  const actual = await original<typeof Csl>();
  return {
    ...actual,
    missingNote: (...args: Parameters<typeof actual.missingNote>) => {
      if (failures.note) throw new Error('the note broke');
      return actual.missingNote(...args);
    },
  };
});

/** The app with an engine and a derivation that fail while `failures` says so. */
function renderFailing(url: string) {
  const { services } = testCitationServices();
  return renderApp(url, {
    citations: {
      ...services,
      render: (...args) =>
        failures.engine
          ? Promise.reject(new Error('the engine stopped'))
          : services.render(...args),
    },
    fingerprint: {
      derive: async (input) => {
        if (failures.derive) throw new Error('no memory left');
        return (await import('../../src/fingerprint/derive')).deriveFingerprint(input);
      },
    },
  });
}

beforeEach(() => {
  window.localStorage.clear();
  failures.note = false;
  failures.derive = false;
  failures.engine = false;
  serveFiles({ [`records/${seed.id}.json`]: { json: seed } });
});

describe('a failure in one panel', () => {
  it('stays in the cite panel: the article is still there', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failures.note = true;
    const user = userEvent.setup();
    renderFailing(`/records/${seed.id}`);
    await user.click(await screen.findByRole('button', { name: 'Cite this' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The citation panel stopped working: the note broke',
    );
    expect(screen.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Abstract' })).toBeVisible();

    failures.note = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Cite this' })).toBeVisible();
  });

  it('says the fingerprint could not be derived, and why, instead of "not enough text"', async () => {
    failures.derive = true;
    const user = userEvent.setup();
    renderFailing(`/records/${seed.id}`);
    const region = await screen.findByRole('region', { name: 'Fingerprint' });
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'The fingerprint could not be derived: no memory left',
    );
    expect(region).not.toHaveTextContent('Not enough text');

    failures.derive = false;
    await user.click(within(region).getByRole('button', { name: 'Try again' }));
    expect(await within(region).findByRole('button', { name: 'Multiple myeloma' })).toBeVisible();
  });

  it('says why the list could not be exported, and keeps the focus on its button', async () => {
    const user = userEvent.setup();
    renderFailing(`/records/${seed.id}`);
    await user.click(await screen.findByRole('button', { name: 'Cite this' }));
    const panel = await screen.findByRole('region', { name: 'Cite this' });
    await within(panel).findByTestId('citation');
    await user.click(within(panel).getByRole('button', { name: 'Add to my list' }));
    failures.engine = true;
    const exportButton = within(panel).getByRole('button', { name: /^Download my list/ });
    await user.click(exportButton);
    expect(
      await within(panel).findByText('Could not export your list: the engine stopped'),
    ).toBeVisible();
    expect(exportButton).toHaveFocus();
  });
});
