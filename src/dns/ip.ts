/** IP literals as bytes, for SPF's ip4/ip6/a/mx/ptr matching and the `i` macro. No regex: input is untrusted. */

export interface IpAddress {
  version: 4 | 6;
  bytes: number[];
}

export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3 || !isDigits(part)) return null;
    if (part.length > 1 && part[0] === '0') return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

export function parseIpv6(text: string): number[] | null {
  if (text.length === 0 || text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const tail = halves.length === 2 && halves[1] !== '' ? halves[1].split(':') : [];
  const groups: number[] = [];
  const readGroups = (parts: string[], allowIpv4Last: boolean): number[] | null => {
    const out: number[] = [];
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index];
      if (allowIpv4Last && index === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (v4 === null) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (part.length === 0 || part.length > 4 || !isHex(part)) return null;
        out.push(parseInt(part, 16));
      }
    }
    return out;
  };
  const headGroups = readGroups(head, halves.length === 1);
  const tailGroups = readGroups(tail, true);
  if (headGroups === null || tailGroups === null) return null;
  if (halves.length === 1) {
    if (headGroups.length !== 8) return null;
    groups.push(...headGroups);
  } else {
    const missing = 8 - headGroups.length - tailGroups.length;
    if (missing < 1) return null;
    groups.push(...headGroups, ...new Array<number>(missing).fill(0), ...tailGroups);
  }
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is the IPv4 address it carries (RFC 7208 §5). */
export function parseIp(text: string): IpAddress | null {
  const v4 = parseIpv4(text);
  if (v4 !== null) return { version: 4, bytes: v4 };
  const v6 = parseIpv6(text);
  if (v6 === null) return null;
  const mapped = v6.slice(0, 10).every((byte) => byte === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? { version: 4, bytes: v6.slice(12) } : { version: 6, bytes: v6 };
}

/** Whether `ip` lies in `network`/`prefix` (both the same version). */
export function inNetwork(ip: IpAddress, network: IpAddress, prefix: number): boolean {
  if (ip.version !== network.version) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    const byte = Math.floor(bit / 8);
    if ((ip.bytes[byte] & mask) !== (network.bytes[byte] & mask)) return false;
  }
  return true;
}

export function sameAddress(a: IpAddress, b: IpAddress): boolean {
  return a.version === b.version && a.bytes.every((byte, index) => byte === b.bytes[index]);
}

/**
 * Dotted form for the `i` macro: a.b.c.d, or 32 dot-separated nibbles for IPv6, upper-case as in the
 * examples of RFC 7208 §7.4 (DNS names compare without case, so queries are unaffected).
 */
export function dottedForm(ip: IpAddress): string {
  if (ip.version === 4) return ip.bytes.join('.');
  const nibbles = ip.bytes.flatMap((byte) => [byte >> 4, byte & 0xf]);
  return nibbles.map((nibble) => nibble.toString(16).toUpperCase()).join('.');
}

/** The name a PTR query for the address goes to. */
export function reverseName(ip: IpAddress): string {
  const labels = dottedForm(ip).toLowerCase().split('.').reverse().join('.');
  return `${labels}.${ip.version === 4 ? 'in-addr' : 'ip6'}.arpa`;
}

/** Canonical text: dotted quad, or RFC 5952 compressed IPv6. */
export function formatIp(ip: IpAddress): string {
  if (ip.version === 4) return ip.bytes.join('.');
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) groups.push((ip.bytes[index] << 8) | ip.bytes[index + 1]);
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function isDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function isHex(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index) | 0x20;
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) return false;
  }
  return true;
}
