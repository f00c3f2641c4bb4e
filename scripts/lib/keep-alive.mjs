// Preloaded into Payload CLI runs (`node --import`). On Node 20, a dynamic import that goes
// through tsx's off-thread loader can leave the main thread with an empty event loop, and the
// process then exits 0 without running the script. This timer keeps it alive; the Payload CLI
// ends the process itself (process.exit) when its work is done.
setInterval(() => {}, 60_000)
