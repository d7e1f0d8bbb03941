/** One result of the global search box: where it points and how it reads. */
export interface SearchHit {
  kind: 'unit' | 'person' | 'record';
  id: string;
  /** Main line, e.g. the unit code or the person's name. */
  title: string;
  /** Second line, already masked (phones, ID numbers). */
  subtitle: string;
  /** Hash route that opens the record, e.g. `/archive?unit=…`. */
  path: string;
}
