export type Mail = { to: string[]; from: string; subject: string; text: string; html: string; date: string }
/** The mails in `dir` sent to `address`, oldest first; waits until `count` are there (or the time is up). */
export function waitForMails(dir: string, address: string, options?: { count?: number; timeoutMs?: number }): Promise<Mail[]>
