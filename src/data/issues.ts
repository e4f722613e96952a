import type * as v from 'valibot';

/** `["authors", 1, "family"]` → `authors[1].family`. */
export function formatPath(path: readonly { key: unknown }[]): string {
  return path
    .map((item, index) =>
      typeof item.key === 'number'
        ? `[${item.key}]`
        : `${index === 0 ? '' : '.'}${String(item.key)}`,
    )
    .join('');
}

/**
 * One line per problem, each with its place in the file (`title: missing`,
 * `keywords[2]: expected a string, got 42`, `(the whole file): …`); `prefix` is the place of the
 * value the issues are about, when it is not the whole file.
 */
export function issueLines(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string[] {
  return issues.map((issue) => {
    // A schema that checks a file by rules of its own (the record's salvage) words its issues.
    if (issue.type === 'raw_transform') return issue.message;
    const inner = formatPath(issue.path ?? []);
    const path = prefix && inner && !inner.startsWith('[') ? `${prefix}.${inner}` : prefix + inner;
    if (path === '') return `(the whole file): ${issue.message}`;
    // valibot reports a missing key with the message of the object that lacks it.
    if (issue.type === 'object' && issue.received === 'undefined') return `${path}: missing`;
    return `${path}: ${issue.message}`;
  });
}
