// The header by which a search page tells the usage figures how many results it found (server/usage.js).
export { resultsHeader as usageResultsHeader } from '../../../server/usage.js'
