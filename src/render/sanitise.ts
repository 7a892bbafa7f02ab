/**
 * Control characters from a report or a file name (ESC sequences above all, carriage returns,
 * DEL and the C1 controls, bidirectional overrides and marks) must never reach a terminal, a
 * spreadsheet or a JSON consumer raw. They are written as `\uXXXX`.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The same, less line breaks and tabs: for text that is printed as lines (convert, help). */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const escaped = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line, every control character escaped. */
export function sanitise(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** Lines of text: line breaks and tabs kept, every other control character escaped. */
export function sanitiseText(text: string): string {
  return text.replace(CONTROL_IN_TEXT, escaped);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidirectional controls, and
 * the line and paragraph separators U+2028/U+2029, which line splitters such as Python's
 * splitlines take for line ends in NDJSON) escaped as JSON escapes: the value parsed is the same,
 * the text shown is safe.
 */
export function safeJson(json: string): string {
  return json.replace(/[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, escaped);
}
