// Dates and times as a Dutch visitor reads them, always in Europe/Amsterdam.
import { m } from '$lib/messages'

const zone = 'Europe/Amsterdam'
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone })
const dayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone })
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: zone })
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone })

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "11 juli 2023" for an ISO date, or an empty string. */
export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso)
  return date ? dateFormat.format(date) : ''
}

/** "dinsdag 11 juli 2023" */
export function formatDay(iso: string | null | undefined): string {
  const date = parse(iso)
  return date ? dayFormat.format(date) : ''
}

/** "13.30" */
export function formatTime(iso: string | null | undefined): string {
  const date = parse(iso)
  return date ? timeFormat.format(date).replace(':', '.') : ''
}

/** The calendar day in Amsterdam ("2023-07-11"), for grouping a programme by day. */
export function dayKey(iso: string | null | undefined): string {
  const date = parse(iso)
  return date ? dayKeyFormat.format(date) : ''
}

/**
 * "dinsdag 11 juli 2023, 13.30–16.00 uur", or across days
 * "dinsdag 11 juli 2023, 13.30 uur tot woensdag 12 juli 2023, 12.00 uur".
 */
export function formatPeriod(startsAt: string | null | undefined, endsAt: string | null | undefined): string {
  if (!parse(startsAt)) return ''
  if (!parse(endsAt)) return m.format.at(formatDay(startsAt), formatTime(startsAt))
  if (dayKey(startsAt) === dayKey(endsAt)) return m.format.period(formatDay(startsAt), formatTime(startsAt), formatTime(endsAt))
  return m.format.across(formatDay(startsAt), formatTime(startsAt), formatDay(endsAt), formatTime(endsAt))
}

const leafDay = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', timeZone: zone })
const leafMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: zone })

/** Day and short month in Amsterdam ("27", "dec"), for an event card's date block; undefined without a date. */
export function calendarLeaf(iso: string | null | undefined): { day: string; month: string } | undefined {
  const date = parse(iso)
  return date ? { day: leafDay.format(date), month: leafMonth.format(date).replace('.', '') } : undefined
}

const numberFormats = new Map<number, Intl.NumberFormat>()
/** A figure as Dutch writes it, with a fixed number of decimals: "87,9", "29,8", "1.234". */
export function formatNumber(value: number, decimals = 1): string {
  let format = numberFormats.get(decimals)
  if (!format) numberFormats.set(decimals, (format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })))
  return format.format(value)
}

/** The start of a calendar day (`2027-03-28`) in Amsterdam, as an instant (midnight is 23.00 or 22.00 UTC). */
export function startOfDay(day: string): Date {
  const utc = Date.parse(`${day}T00:00:00Z`)
  const wall = new Date(utc).toLocaleString('sv-SE', { timeZone: zone }).replace(' ', 'T')
  return new Date(utc - (Date.parse(`${wall}Z`) - utc))
}
