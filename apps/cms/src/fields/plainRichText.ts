/** Plain text as rich text: a paragraph per block of lines, line breaks kept. Nothing in it is read as markup. */
export function plainRichText(text: string) {
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((block) => block.trim()).filter(Boolean)
  const node = (line: string) => ({ type: 'text', text: line, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((block) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: block.split(/\r?\n/).flatMap((line, i) => (i ? [{ type: 'linebreak', version: 1 }, node(line)] : [node(line)])),
      })),
    },
  }
}
