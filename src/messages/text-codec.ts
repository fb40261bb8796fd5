/**
 * The WHATWG text decoder and encoder, which browsers and Node both provide as globals. The message
 * readers are limited to the ES2022 library (no DOM, no Node types), so the little they use is named here.
 */
interface Decoder {
  decode(bytes: Uint8Array): string;
}
interface Encoder {
  encode(text: string): Uint8Array;
}
interface Codecs {
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => Decoder;
  TextEncoder: new () => Encoder;
}

const codecs = globalThis as unknown as Codecs;

export const TextDecoder = codecs.TextDecoder;
export const TextEncoder = codecs.TextEncoder;
