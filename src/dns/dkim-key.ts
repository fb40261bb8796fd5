/**
 * The DKIM public key a selector publishes (RFC 6376 §3.6.1): whether it exists, its type and length,
 * testing mode (t=y), and revocation (an empty p=).
 */
import { decodeBase64Binary } from '../parser/base64';
import { type DnsFailure, type Resolver, describeFailure, isEmptyAnswer } from './resolver';
import { parseRecordTags } from './tag-list';

export type DkimKeyState = 'present' | 'missing' | 'revoked' | 'invalid' | 'unavailable';

export interface DkimKeyCheck {
  domain: string;
  selector: string;
  /** <selector>._domainkey.<domain> */
  name: string;
  state: DkimKeyState;
  /** k=, "rsa" when absent. */
  keyType: string | null;
  /** Modulus length for RSA, 256 for Ed25519; null when unknown. */
  bits: number | null;
  testing: boolean;
  record: string | null;
  failure: DnsFailure | null;
  detail: string;
}

/** RFC 8301 §3.2: verifiers must not accept RSA keys shorter than 1024 bits; 2048 is what senders should use. */
const RSA_MINIMUM_BITS = 1024;
const RSA_RECOMMENDED_BITS = 2048;

export async function checkDkimKey(
  domain: string,
  selector: string,
  resolver: Resolver,
): Promise<DkimKeyCheck> {
  const name = `${selector}._domainkey.${domain}`.toLowerCase();
  const base = {
    domain,
    selector,
    name,
    keyType: null,
    bits: null,
    testing: false,
    record: null,
    failure: null,
  };
  const answer = await resolver.resolve(name, 'TXT');
  if (!answer.ok) {
    if (isEmptyAnswer(answer.failure))
      return { ...base, state: 'missing', failure: answer.failure, detail: `no DKIM key at ${name}` };
    return {
      ...base,
      state: 'unavailable',
      failure: answer.failure,
      detail: describeFailure(answer.failure, name, 'TXT', resolver.label),
    };
  }
  const keys = answer.records.filter((record) => parseRecordTags(record, 'DKIM key').tags['p'] !== undefined);
  if (keys.length !== 1) {
    const detail =
      keys.length === 0
        ? `${name} has TXT records but none is a DKIM key (no p=)`
        : `${name} publishes ${keys.length} DKIM keys; verifiers may pick either`;
    return {
      ...base,
      state: keys.length === 0 ? 'missing' : 'invalid',
      record: answer.records.join(' | '),
      detail,
    };
  }
  return describeKey({ ...base, record: keys[0] }, keys[0]);
}

function describeKey(base: Omit<DkimKeyCheck, 'state' | 'detail'>, record: string): DkimKeyCheck {
  const { tags } = parseRecordTags(record, 'DKIM key');
  const keyType = (tags['k'] ?? 'rsa').toLowerCase();
  const testing = (tags['t'] ?? '').toLowerCase().split(':').includes('y');
  const version = tags['v'];
  const common = { ...base, keyType, testing };
  if (version !== undefined && version !== 'DKIM1')
    return { ...common, state: 'invalid', detail: `${base.name}: v=${version} is not DKIM1` };
  const key = tags['p'] ?? '';
  if (key === '')
    return { ...common, state: 'revoked', detail: `${base.name} publishes an empty p=: the key is revoked` };
  const bits =
    keyType === 'rsa'
      ? rsaModulusBits(decodeBase64Binary(key))
      : keyType === 'ed25519'
        ? ed25519Bits(key)
        : null;
  if (bits === null)
    return { ...common, state: 'invalid', detail: `${base.name}: the ${keyType} key in p= cannot be read` };
  if (keyType === 'rsa' && bits < RSA_MINIMUM_BITS)
    return {
      ...common,
      bits,
      state: 'invalid',
      detail: `${base.name}: rsa key of ${bits} bits, under the ${RSA_MINIMUM_BITS} verifiers accept`,
    };
  const strength =
    keyType === 'rsa' && bits < RSA_RECOMMENDED_BITS
      ? ` (shorter than the recommended ${RSA_RECOMMENDED_BITS})`
      : '';
  const test = testing ? '; t=y: the domain is testing DKIM' : '';
  return {
    ...common,
    bits,
    state: 'present',
    detail: `${base.name}: ${keyType} key of ${bits} bits${strength}${test}`,
  };
}

function ed25519Bits(base64: string): number | null {
  return decodeBase64Binary(base64).length === 32 ? 256 : null;
}

/**
 * RSA modulus length from a SubjectPublicKeyInfo (what RFC 6376 publishes) or a bare RSAPublicKey.
 * A minimal DER reader: only the SEQUENCE / BIT STRING / INTEGER nesting an RSA key has.
 */
function rsaModulusBits(der: string): number | null {
  const outer = readElement(der, 0);
  if (outer === null || outer.tag !== 0x30) return null;
  const first = readElement(der, outer.start);
  if (first === null) return null;
  let rsaKey = outer;
  if (first.tag === 0x30) {
    // SubjectPublicKeyInfo: AlgorithmIdentifier, then BIT STRING (one unused-bits byte) holding RSAPublicKey.
    const bitString = readElement(der, first.end);
    if (bitString === null || bitString.tag !== 0x03) return null;
    const inner = readElement(der, bitString.start + 1);
    if (inner === null || inner.tag !== 0x30) return null;
    rsaKey = inner;
  }
  const modulus = readElement(der, rsaKey.start);
  if (modulus === null || modulus.tag !== 0x02) return null;
  let start = modulus.start;
  while (start < modulus.end && der.charCodeAt(start) === 0) start++;
  if (start === modulus.end) return null;
  const leading = der.charCodeAt(start);
  return (modulus.end - start - 1) * 8 + (32 - Math.clz32(leading));
}

interface DerElement {
  tag: number;
  start: number;
  end: number;
}

function readElement(der: string, offset: number): DerElement | null {
  if (offset + 2 > der.length) return null;
  const tag = der.charCodeAt(offset);
  let length = der.charCodeAt(offset + 1);
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3 || start + count > der.length) return null;
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + der.charCodeAt(start + index);
    start += count;
  }
  const end = start + length;
  return end <= der.length ? { tag, start, end } : null;
}
