// Preloaded into a CMS process by the benchmarks (node --require): counts the SQL statements sent
// through `pg` and the HTTP requests served, and keeps the last statements' text and values. A second
// HTTP server on SQL_COUNTER_PORT answers GET /take with them (and starts counting anew).
const fs = require('node:fs')
const http = require('node:http')
const path = require('node:path')
const { createRequire } = require('node:module')

// Every copy of pg the CMS loads: its own (if it has one), and those Next.js links for its server bundle
// (Payload's adapter pins a version of its own).
const cmsDir = process.env.CMS_DIR
const linked = path.join(cmsDir, '.next/node_modules')
const copies = [path.join(cmsDir, 'node_modules/pg'), ...fs.readdirSync(linked).filter((name) => /^pg-[0-9a-f]+$/.test(name)).map((name) => path.join(linked, name))].filter((dir) => fs.existsSync(dir))
const clients = new Set(copies.map((dir) => createRequire(path.join(dir, 'package.json'))(fs.realpathSync(dir)).Client))
let counts = { statements: 0, requests: 0 }
let statements = []
for (const Client of clients) {
  const query = Client.prototype.query
  Client.prototype.query = function (config, values, callback) {
    counts.statements++
    const text = typeof config === 'string' ? config : config?.text
    if (statements.length < 200) statements.push({ text, values: Array.isArray(values) ? values : (config?.values ?? []) })
    return query.call(this, config, values, callback)
  }
}
const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (event, ...args) {
  if (event === 'request' && this !== counter) counts.requests++
  return emit.call(this, event, ...args)
}
const counter = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ ...counts, statements: counts.statements, texts: statements }))
  counts = { statements: 0, requests: 0 }
  statements = []
})
counter.listen(Number(process.env.SQL_COUNTER_PORT), '127.0.0.1')
