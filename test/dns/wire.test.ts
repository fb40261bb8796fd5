/** DNS wire format: queries that cannot be built, and hostile or broken responses. */
import { decodeResponse, encodeQuery } from '../../src/dns/wire';

const HEADER_OK_ONE_ANSWER = [0, 0, 0x81, 0x80, 0, 0, 0, 1, 0, 0, 0, 0];

test('names no query can carry are refused before anything is sent', () => {
  expect(encodeQuery(`${'a'.repeat(64)}.example.test`, 'A')).toBeNull();
  expect(encodeQuery('bad..example.test', 'A')).toBeNull();
  expect(encodeQuery('spa ce.example.test', 'A')).toBeNull();
  expect(encodeQuery('bücher.example.test', 'A')).toBeNull();
  expect(encodeQuery(Array(64).fill('abcd').join('.'), 'A')).toBeNull();
  expect(encodeQuery('example.test.', 'A')).not.toBeNull();
});

test('a compression pointer loop is a malformed response, not a hang', () => {
  // Answer name = pointer to offset 12, which is itself that pointer.
  const loop = Uint8Array.from([
    ...HEADER_OK_ONE_ANSWER,
    0xc0,
    12,
    0,
    1,
    0,
    1,
    0,
    0,
    0,
    60,
    0,
    4,
    192,
    0,
    2,
    1,
  ]);
  expect(decodeResponse(loop, 'A')).toEqual({
    ok: false,
    failure: 'servfail',
    detail: 'malformed DNS response',
  });
});

test('a truncated response is malformed', () => {
  const truncated = Uint8Array.from([...HEADER_OK_ONE_ANSWER, 1, 0x61, 0, 0, 1, 0, 1, 0, 0]);
  expect(decodeResponse(truncated, 'A')).toMatchObject({ ok: false, failure: 'servfail' });
});

test('a backwards pointer is followed', () => {
  const question = [4, ...Buffer.from('host'), 4, ...Buffer.from('test'), 0, 0, 1, 0, 1];
  const header = [0, 0, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0];
  const answer = [0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1];
  expect(decodeResponse(Uint8Array.from([...header, ...question, ...answer]), 'A')).toEqual({
    ok: true,
    records: ['192.0.2.1'],
  });
});

test('RCODEs map to typed failures', () => {
  const withRcode = (rcode: number): Uint8Array =>
    Uint8Array.from([0, 0, 0x81, 0x80 | rcode, 0, 0, 0, 0, 0, 0, 0, 0]);
  expect(decodeResponse(withRcode(3), 'A')).toEqual({ ok: false, failure: 'nxdomain' });
  expect(decodeResponse(withRcode(2), 'A')).toMatchObject({ ok: false, failure: 'servfail' });
  expect(decodeResponse(withRcode(5), 'A')).toEqual({ ok: false, failure: 'refused' });
  expect(decodeResponse(withRcode(0), 'A')).toEqual({ ok: false, failure: 'nodata' });
});
