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
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
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
