/** Splits a search snippet with ⟦highlight⟧ marks into plain text parts; the page renders them escaped. */
export function snippetParts(snippet: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = []
  for (const [i, piece] of snippet.split(/[⟦⟧]/).entries()) if (piece) parts.push({ text: piece, mark: i % 2 === 1 })
  return parts
}
