// A local mailbox for development and tests: a real SMTP server (the `smtp-server` package) on
// 127.0.0.1 that accepts every message and stores it, parsed by `mailparser`, as one JSON file per
// message in a folder ({ to, from, subject, text, html, date }). The CMS sends to it over SMTP exactly
// as it would to a real mail server; tests and developers read the files.
//
// It runs as a child process of the launcher (`node scripts/lib/mailbox.mjs <dir> <port>`): the
// launchers block while they run other steps, and an SMTP server must always answer.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startServer } from './processes.mjs'

async function serve(dir, port) {
  const { simpleParser } = await import('mailparser')
  const { SMTPServer } = await import('smtp-server')
  mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: 5 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
          const file = path.join(dir, `${Date.now()}-${process.pid}-${String(++count).padStart(5, '0')}.json`)
          const message = { to, from: mail.from?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '', html: mail.html || '', date: new Date().toISOString() }
          // Written under another name and renamed, so a reader never sees half a file.
          writeFileSync(`${file}.tmp`, JSON.stringify(message, null, 2))
          renameSync(`${file}.tmp`, file)
          console.log(`✉ mail to ${to.join(', ')}: “${message.subject}” → ${file}`)
          callback()
        })
        .catch(callback)
    },
  })
  server.listen(port, '127.0.0.1', () => console.log(`mailbox listening on 127.0.0.1:${port}, mail in ${dir}`))
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
  // Ctrl+C reaches the whole process group; the launcher stops the mailbox itself (SIGTERM) after the servers.
  process.on('SIGINT', () => {})
}

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Starts the mailbox in a child process; resolves once it accepts connections. */
export async function startMailbox({ dir, port, logFile }) {
  const child = startServer('mail', process.execPath, [fileURLToPath(import.meta.url), dir, String(port)], { logFile })
  for (let i = 0; i < 100; i++) {
    if (await accepts(port)) return { host: '127.0.0.1', port, dir, stop: child.stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await child.stop()
  throw new Error(`the local mailbox did not start on port ${port}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve(process.argv[2], Number(process.argv[3]))
