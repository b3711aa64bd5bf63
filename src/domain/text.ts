/**
 * The rules for text people type, the same as the database's (app_private.checked_text):
 * trimmed, within a length, and free of Unicode control and format characters (Cc, Cf: zero-
 * width spaces, bidirectional overrides, …), which can hide or disguise a name. Multi-line text
 * may hold tabs and line breaks.
 */
const HIDDEN = /[\p{Cc}\p{Cf}]/u;
const HIDDEN_EXCEPT_LINE_BREAKS = /(?![\t\n\r])[\p{Cc}\p{Cf}]/u;

export function hasHiddenCharacters(value: string, multiline = false): boolean {
  return (multiline ? HIDDEN_EXCEPT_LINE_BREAKS : HIDDEN).test(value);
}

/** Length in characters as PostgreSQL's char_length counts them (code points, not UTF-16 units). */
export function characterCount(value: string): number {
  return [...value].length;
}

/** Trimmed as the database trims (spaces, tabs, line breaks, no-break spaces). */
export function trimmed(value: string): string {
  return value.replace(/^[ \t\r\n\u00a0]+|[ \t\r\n\u00a0]+$/g, '');
}

export const MAX_EMAIL_LENGTH = 254;
