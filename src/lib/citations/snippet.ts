/** The words around a citation in its clause, cut at word boundaries, for lists of citing clauses. */
export interface Snippet {
  before: string;
  phrase: string;
  after: string;
}

/** `radius` characters or so either side of context[start, end), with "…" where the clause goes on. */
export function snippet(context: string, start: number, end: number, radius = 100): Snippet {
  let from = Math.max(0, start - radius);
  let to = Math.min(context.length, end + radius);
  if (from > 0) {
    const space = context.indexOf(' ', from);
    from = space < 0 || space >= start ? start : space + 1;
  }
  if (to < context.length) {
    const space = context.lastIndexOf(' ', to);
    to = space <= end ? end : space;
  }
  const squeeze = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '…' : ''}${squeeze(context.slice(from, start))}`,
    phrase: squeeze(context.slice(start, end)),
    after: `${squeeze(context.slice(end, to))}${to < context.length ? '…' : ''}`,
  };
}
