/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic runs on whole day numbers counted in UTC, so
 * no time zone or daylight-saving change can ever shift a date.
 */
import { addMonths } from 'date-fns/addMonths';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` and names a day that exists (2025-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Years before 100 are refused, as `Date` (which reads them as 19xx) always made them be.
  if (year < 100 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the (proleptic) Gregorian calendar: every date is checked, so no Date. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** Day numbers already worked out: a long series asks for the same few thousand dates often. */
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  let days = dayNumbers.get(iso);
  if (days === undefined) {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    days = Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
    dayNumbers.set(iso, days);
  }
  return days;
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `months` calendar months after `iso` (clamped to the month's last day). */
export function addCalendarMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return localIsoDate(addMonths(new Date(year, month - 1, day), months));
}

/** Today's date on this computer's clock, in its own time zone. */
export function localToday(now: Date = new Date()): string {
  return localIsoDate(now);
}

/** The `YYYY-MM-DD` of a date on this computer's clock (years below 1000 padded, as date-fns does). */
export function localIsoDate(date: Date): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
