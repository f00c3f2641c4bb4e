// Reading the local mailbox (scripts/lib/mailbox.mjs): the mails sent to an address, oldest first.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export async function waitForMails(dir, address, { count = 1, timeoutMs = 15_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mails = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')))
      .filter((mail) => mail.to.includes(address.toLowerCase()))
    if (mails.length >= count || Date.now() > deadline) return mails
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
