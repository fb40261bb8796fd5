/** Reads a PNG's pixel size from its IHDR chunk (PNG spec §11.2.2), so checks need no image library. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @param {Buffer} bytes the whole file
 * @returns {{ width: number, height: number }}
 * @throws when the bytes are not a PNG (the first chunk must be IHDR)
 */
export function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR as first chunk');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
