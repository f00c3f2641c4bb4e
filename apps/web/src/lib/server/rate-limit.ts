// Public write paths (registering, cancelling) are rate-limited per visitor address, in memory
// (rate-limiter-flexible); one portal process serves the site. Behind a proxy, adapter-node's
// ADDRESS_HEADER / XFF_DEPTH settings decide which address getClientAddress() returns.
import { RateLimiterMemory } from 'rate-limiter-flexible'

const limiter = new RateLimiterMemory({
  keyPrefix: 'forms',
  points: Number(process.env.FORM_RATE_LIMIT ?? 20),
  duration: 10 * 60,
})

/** True when this address may send another form now. */
export async function allowForm(address: string): Promise<boolean> {
  try {
    await limiter.consume(address)
    return true
  } catch {
    return false
  }
}

export const tooManyAttempts = 'U heeft het formulier te vaak verstuurd. Probeer het over tien minuten opnieuw.'
