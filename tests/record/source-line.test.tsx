import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceLine } from '../../src/record/SourceLine';

describe('the source line under a listed title', () => {
  it.each([
    [{ journal: 'Blood', year: '2005', type: 'Article' }, 'Blood, 2005 · Article'],
    [{ journal: 'Blood', type: 'Article' }, 'Blood · Article'],
    [{ year: '2005' }, '2005'],
    [{ type: 'Review article' }, 'Review article'],
    [{}, null],
  ])('%j reads %j', (fields, expected) => {
    render(<SourceLine as="p" className="source" {...fields} />);
    const line = screen.queryByRole('paragraph');
    if (expected === null) expect(line).toBeNull();
    else expect(line).toHaveTextContent(expected);
  });
});
