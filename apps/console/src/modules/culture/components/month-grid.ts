/** Month arithmetic of the calendar, on ISO dates in UTC (no time zone can move a day). */
const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** The weeks (Monday first) covering a month, as ISO dates. */
export function monthGrid(month: string): string[][] {
  const [y, m] = month.split('-').map(Number);
  const first = utc(y, m - 1, 1);
  const start = utc(y, m - 1, 1 - ((first.getUTCDay() + 6) % 7));
  const weeks: string[][] = [];
  for (let cursor = start; weeks.length < 6;) {
    const week: string[] = [];
    for (let d = 0; d < 7; d++) {
      week.push(iso(cursor));
      cursor = utc(cursor.getUTCFullYear(), cursor.getUTCMonth(), cursor.getUTCDate() + 1);
    }
    weeks.push(week);
    if (iso(cursor).slice(0, 7) > month) break;
  }
  return weeks;
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  return iso(utc(y, m - 1 + by, 1)).slice(0, 7);
}
