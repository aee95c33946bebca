/**
 * Join codes as people type them: the projector shows six letters and digits, but a phone may
 * add spaces, a dash or lower case. The server normalises the same way (contracts/workshops.ts).
 */

/** Codes are six characters today; the server accepts up to ten. */
const CODE_PATTERN = /^[0-9A-Z]{6,10}$/;

/** `" abc-234 "` → `"ABC234"`. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function isValidCode(code: string): boolean {
  return CODE_PATTERN.test(normaliseCode(code));
}

/** The code in `/deltag/ABC234` (what the QR code on the projector points to), or '' when there is none. */
export function codeFromPath(pathname: string): string {
  const match = /^\/deltag\/([^/?#]+)\/?$/.exec(pathname);
  if (!match?.[1]) return '';
  let raw: string;
  try {
    raw = decodeURIComponent(match[1]);
  } catch {
    return '';
  }
  const code = normaliseCode(raw);
  return /^[0-9A-Z]{1,10}$/.test(code) ? code : '';
}
