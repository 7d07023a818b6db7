import { DateTime } from 'luxon';
import { isValidTimeZone } from './business-time.js';

/**
 * An instant as a reader in `timeZone` reads it, e.g. `2026-03-09 10:00 UTC+01:00 (Europe/Berlin)`
 * (UTC for an unknown zone). The offset is spelled out: zone abbreviations depend on the ICU data.
 */
export function formatInstant(d: Date, timeZone: string | null | undefined): string {
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return `${DateTime.fromJSDate(d, { zone }).toFormat("yyyy-MM-dd HH:mm 'UTC'ZZ")} (${zone})`;
}
