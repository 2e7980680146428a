import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { BUSINESS_TIME_ZONE } from '@/config/env';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

/**
 * An API date (`yyyy-MM-dd`, a calendar day in Viet Nam) as dd/MM/yyyy. It names a day, not an
 * instant, so it is never shifted by the browser's time zone.
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) {
    return '';
  }
  const day = dayjs(isoDate);
  return day.isValid() ? day.format(DATE_FORMAT) : isoDate;
}

/** An API instant (ISO 8601 date-time) as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) {
    return '';
  }
  return dayjs(isoDateTime).tz(BUSINESS_TIME_ZONE).format(DATE_TIME_FORMAT);
}
