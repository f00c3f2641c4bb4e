// What callers may put in `context` to switch hooks off (Payload passes it to every hook of an operation).
// A type augmentation only: TypeScript picks it up project-wide, nothing imports it.
declare module 'payload' {
  interface RequestContext {
    /** The demo seed writes many documents: no jobs per document (it refreshes the search words once at the end). */
    seeding?: boolean
  }
}

export {}
