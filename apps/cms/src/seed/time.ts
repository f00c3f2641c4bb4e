const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

/** Offset of Europe/Amsterdam from UTC at a moment, in milliseconds (CET +1h, CEST +2h). */
function amsterdamOffset(utcMs: number): number {
  const parts = Object.fromEntries(amsterdamParts.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]))
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute))
  return asUtc - Math.floor(utcMs / 60000) * 60000
}

/** "2023-11-13T10:00" read as a wall-clock time in Amsterdam → the UTC instant as a Date. */
export function amsterdamLocalToDate(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) throw new Error(`Not a local date-time: ${local}`)
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi)
  const first = wallAsUtc - amsterdamOffset(wallAsUtc)
  return new Date(wallAsUtc - amsterdamOffset(first))
}

/** The Amsterdam calendar date `days` from `now`, as "YYYY-MM-DD". */
export function amsterdamDateFromNow(days: number, now = new Date()): string {
  const parts = Object.fromEntries(amsterdamParts.formatToParts(new Date(now.getTime() + days * 86_400_000)).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/**
 * The first working day (Monday to Friday) on or after the Amsterdam date `days` from `now`: demo
 * sessions fall on weekdays, as real work sessions do, whatever day the seed runs.
 */
export function amsterdamWorkdayFromNow(days: number, now = new Date()): string {
  const date = amsterdamDateFromNow(days, now)
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
  const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0
  return shift ? amsterdamDateFromNow(days + shift, now) : date
}
