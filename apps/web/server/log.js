// Structured logs: one JSON object per line on stdout (pino), for a container platform or journald to
// collect as they are (`npx pino-pretty` makes them readable by eye). LOG_LEVEL: info unless set.
import { pino } from 'pino'

export const log = pino({ name: 'portal', level: process.env.LOG_LEVEL || 'info', timestamp: pino.stdTimeFunctions.isoTime })
