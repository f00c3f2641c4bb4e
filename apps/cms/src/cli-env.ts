// Imported first by cli.ts, before the config reads it: the command line logs for a person to read.
process.env.LOG_FORMAT ??= 'pretty'
