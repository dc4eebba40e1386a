/**
 * Dates as people type them: `2026-03-31`, `31-03-2026` (day first, as in the Netherlands and
 * Britain; also with `/` or `.`, and without leading zeros), `today`, `yesterday`, `vandaag`,
 * `gisteren`. Always returned as `YYYY-MM-DD`.
 */
import { UsageError } from '../io/errors.js';
import type { Messages } from '../i18n/index.js';
import { dayNumber, fromDayNumber, isCalendarDate, localToday } from '../model/dates.js';

const DAYS_BACK: Record<string, number> = { today: 0, vandaag: 0, yesterday: 1, gisteren: 1 };

/** The ISO date in `raw`, or a UsageError saying how to write it; `what` names the option. */
export function parseDate(raw: string, m: Messages, what: string, today = localToday()): string {
  const text = raw.trim().toLowerCase();
  const back = DAYS_BACK[text];
  if (back !== undefined) return fromDayNumber(dayNumber(today) - back);

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  let date: string | undefined;
  if (iso) date = `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`;
  if (dayFirst) date = `${dayFirst[4]}-${pad(dayFirst[3]!)}-${pad(dayFirst[1]!)}`;
  if (date === undefined)
    throw new UsageError(m.recordInput.badDate(what, raw), m.recordInput.dateHint(what));
  if (!isCalendarDate(date))
    throw new UsageError(m.recordInput.noSuchDay(what, raw), m.recordInput.noSuchDayHint);
  return date;
}

function pad(part: string): string {
  return part.padStart(2, '0');
}
