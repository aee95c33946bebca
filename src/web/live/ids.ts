/** Alphabet of base64url: every id matches the protocol's /^[A-Za-z0-9_-]{8,64}$/. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const MESSAGE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** A fresh client message id: 20 random characters (120 bits) from crypto.getRandomValues. */
export function newMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let id = '';
  for (const b of bytes) id += ALPHABET[b & 63];
  return id;
}
