/**
 * Control characters from a report or a file name (ESC sequences above all, carriage returns,
 * bidirectional overrides) must never reach a terminal raw. Everything shown this way is one line.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function sanitise(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
