// The `*SearchFieldsSearch {term, fields}` and `*OrderFieldsOrder {field, direction}` inputs.

export interface SearchInput<F extends string> {
  term: string;
  fields: readonly F[];
}

export interface OrderInput<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

/**
 * Case-insensitive substring search: an item matches when any listed field contains the term.
 * A blank term matches everything. `valuesOf` gives the texts a field stands for.
 */
export function matchesSearch<T, F extends string>(
  item: T,
  search: SearchInput<F> | null | undefined,
  valuesOf: (item: T, field: F) => readonly string[],
): boolean {
  const term = search?.term.trim().toLowerCase() ?? '';
  if (!search || term === '') return true;
  return search.fields.some((field) =>
    valuesOf(item, field).some((value) => value.toLowerCase().includes(term)),
  );
}

/** Plain code-unit order (ids, tie-breaks). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which makes sorting the large seed's 10,000 users take seconds.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Human order: letter case and accents aside first, then exact text. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || compareCodeUnits(a, b);
}

/** Compares possibly-null values; nulls sort last in either direction. */
export function compareNullable<V>(
  a: V | null,
  b: V | null,
  compare: (x: V, y: V) => number,
  direction: 'ASC' | 'DESC',
): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return direction === 'DESC' ? -compare(a, b) : compare(a, b);
}
