/**
 * The engine's one pattern for an enhanced status code (RFC 3463 §2: class.subject.detail, class 2, 4 or
 * 5), e.g. "5.7.23" in "550 5.7.23 …". Not preceded by a digit or '.', not followed by a digit or
 * '.'+digit, so version numbers and IP addresses (15.20.1234.5, 10.5.7.23) do not match. Bounded
 * quantifiers only.
 */
const STATUS_CODE = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/g;

/** One code found in a text: written without leading zeros ("5.7.023" → "5.7.23"), and where it starts. */
export interface StatusCodeHit {
  code: string;
  index: number;
}

/** Every enhanced status code in `text`, in order. */
export function statusCodesIn(text: string): StatusCodeHit[] {
  const hits: StatusCodeHit[] = [];
  STATUS_CODE.lastIndex = 0;
  for (let m = STATUS_CODE.exec(text); m !== null; m = STATUS_CODE.exec(text)) {
    hits.push({ code: `${m[1]}.${Number(m[2])}.${Number(m[3])}`, index: m.index });
  }
  return hits;
}

/** The first enhanced status code in `text` (a bare code or text holding one), or null. */
export function firstStatusCode(text: string): string | null {
  return statusCodesIn(text)[0]?.code ?? null;
}
