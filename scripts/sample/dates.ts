// Calendar arithmetic on ISO dates, in UTC so the output never depends on the machine's time zone.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date `YYYY-MM-DD`. */
export function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Last day of a month `YYYY-MM`, as ISO date. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The months from `first` to `last` inclusive, as `YYYY-MM`. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return out;
    out.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** Moves a Saturday or Sunday back to the Friday before: offices issue permits on working days. */
export function toWorkday(iso: string): string {
  const day = toDay(iso);
  const weekday = new Date(day * DAY_MS).getUTCDay();
  if (weekday === 6) return fromDay(day - 1);
  if (weekday === 0) return fromDay(day - 2);
  return iso;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDay(toDay(value)) === value;
}
