// Checks shared by the public forms (registrations, feedback, contributions): what a line of text, a
// longer text and an e-mail address may hold.

// Deliberately plain: one @, no spaces or brackets, a dot in the domain. A confirmation mail is the real check.
export const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/
// eslint-disable-next-line no-control-regex
export const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** A text field of a JSON body or form, normalised and trimmed; '' when absent, null when it is not text. */
export const textField = (body: Record<string, unknown>, name: string) =>
  typeof body[name] === 'string' ? (body[name] as string).normalize('NFC').trim() : body[name] == null ? '' : null
export const oneLine = (text: string) => !controlCharacters.test(text) && !/[\r\n]/.test(text)
export const isEmail = (text: string) => text.length <= 254 && emailPattern.test(text)
