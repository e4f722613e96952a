import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Facets } from '../../src/search/Facets';
import { EMPTY_REQUEST, type SearchRequest } from '../../src/search/request';

const facets = {
  year: { '2021': 4, '2020': 3, '2019': 2 },
  type: {},
  subject: {},
  journal: { 'Plasma Letters': 5 },
};

describe('the facets', () => {
  it('show a click at once and build a second quick click on the first, before the address catches up', async () => {
    const onChange = vi.fn<(next: SearchRequest) => void>();
    render(<Facets request={EMPTY_REQUEST} facets={facets} busy={false} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /2021/ }));
    expect(screen.getByRole('checkbox', { name: /2021/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /2019/ }));
    expect(screen.getByRole('checkbox', { name: /2021/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /2019/ })).toBeChecked();
    expect(onChange.mock.calls.map(([next]) => next.filters.year)).toEqual([
      ['2021'],
      ['2019', '2021'],
    ]);
  });

  it('count quick clicks in different facets too', async () => {
    const onChange = vi.fn<(next: SearchRequest) => void>();
    render(<Facets request={EMPTY_REQUEST} facets={facets} busy={false} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /2021/ }));
    await user.click(screen.getByRole('checkbox', { name: /Plasma Letters/ }));
    expect(onChange.mock.calls.at(-1)?.[0].filters).toMatchObject({
      year: ['2021'],
      journal: ['Plasma Letters'],
    });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange.mock.calls.at(-1)?.[0].filters).toEqual(EMPTY_REQUEST.filters);
  });

  it('give way to the address once it changes', () => {
    const onChange = vi.fn<(next: SearchRequest) => void>();
    const request = { ...EMPTY_REQUEST, filters: { ...EMPTY_REQUEST.filters, year: ['2020'] } };
    const { rerender } = render(
      <Facets request={request} facets={facets} busy={false} onChange={onChange} />,
    );
    expect(screen.getByRole('checkbox', { name: /2020/ })).toBeChecked();
    rerender(<Facets request={EMPTY_REQUEST} facets={facets} busy={false} onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: /2020/ })).not.toBeChecked();
  });
});
