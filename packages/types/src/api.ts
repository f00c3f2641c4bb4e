// Shapes of the CMS's own endpoints (beyond Payload's REST API), shared by the CMS and its clients.

/** GET /api/registrations/availability?event=<slug>: seats and waiting list of an event with the kennisbank's form. */
export type RegistrationAvailability = {
  open: boolean
  /** Why registering is not possible now (Dutch), or null. */
  reason: string | null
  capacity: number | null
  confirmed: number
  waiting: number
  seatsLeft: number | null
  waitingList: boolean
  closesAt: string | null
}
