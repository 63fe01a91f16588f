/**
 * A short fingerprint of a unit's words, to tell whether a saved unit's text changed after a
 * re-import. FNV-1a over the UTF-8 bytes, 64 bits as 16 hex digits: the same in the build and in
 * the browser, where `crypto.subtle` is missing on an intranet served over plain http.
 * It detects changes; it is not a defence against someone forging a file.
 */
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function textHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text.normalize('NFC'))) {
    h = ((h ^ BigInt(byte)) * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}
