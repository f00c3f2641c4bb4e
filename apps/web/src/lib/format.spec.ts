import { describe, expect, it } from 'vitest'

import { dayKey, formatDate, formatPeriod, startOfDay } from './format'

describe('format', () => {
  it('writes dates in Dutch in Amsterdam time', () => {
    expect(formatDate('2023-07-11T08:00:00.000Z')).toBe('11 juli 2023')
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    expect(formatDate('2024-12-31T23:30:00.000Z')).toBe('1 januari 2025')
    expect(formatDate('geen datum')).toBe('')
    expect(formatDate(null)).toBe('')
  })

  it('shows event times in Amsterdam on both sides of the DST change', () => {
    // Summer time (UTC+2) and winter time (UTC+1): both sessions start at 13.30 local time.
    expect(formatPeriod('2025-10-24T11:30:00.000Z', '2025-10-24T14:00:00.000Z')).toBe('vrijdag 24 oktober 2025, 13.30–16.00 uur')
    expect(formatPeriod('2025-10-27T12:30:00.000Z', '2025-10-27T15:00:00.000Z')).toBe('maandag 27 oktober 2025, 13.30–16.00 uur')
  })

  it('spells out periods over more than one day', () => {
    expect(formatPeriod('2023-07-11T07:00:00.000Z', '2023-07-12T10:00:00.000Z')).toBe('dinsdag 11 juli 2023, 09.00 uur tot woensdag 12 juli 2023, 12.00 uur')
    expect(dayKey('2023-07-11T22:30:00.000Z')).toBe('2023-07-12')
  })
})

describe('startOfDay', () => {
  it('is midnight in Amsterdam, in winter and in summer time', () => {
    expect(startOfDay('2027-01-31').toISOString()).toBe('2027-01-30T23:00:00.000Z')
    expect(startOfDay('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z')
  })
})
