import { parseRfc5322Date } from '../../src/parser/date';

describe('parseRfc5322Date', () => {
  it.each([
    ['Mon, 23 Nov 2026 10:00:04 +0000', '2026-11-23T10:00:04.000Z'],
    [' Mon, 23 Nov 2026 10:00:04 +0000\r\n', '2026-11-23T10:00:04.000Z'],
    ['\t23 nov 2026 10:00:04 -0130 ', '2026-11-23T11:30:04.000Z'],
    ['Mon,23 Nov 2026 23:59:59 -0100', '2026-11-24T00:59:59.000Z'],
    ['Tue, 1 Dec 2026 03:00:05 +0200', '2026-12-01T01:00:05.000Z'],
    ['Mon, 23 Nov 2026 10:00:04 +0000 (UTC)', '2026-11-23T10:00:04.000Z'],
    ['\u00a0Mon, 23 Nov 2026 10:00:04 +0000\u00a0', '2026-11-23T10:00:04.000Z'],
  ])('%j → %s', (text, iso) => {
    expect(parseRfc5322Date(text)).toEqual({ iso, time: Date.parse(iso), problem: null });
  });

  it('reads no date from a common form cut short or padded inside', () => {
    expect(parseRfc5322Date('Mon, 23 Nov 2026 10:00:04 +000').iso).toBeNull();
    expect(parseRfc5322Date('Mon, 31 Feb 2026 10:00:04 +0000').iso).toBeNull();
    expect(parseRfc5322Date('Mon, 23 Nox 2026 10:00:04 +0000').iso).toBeNull();
  });

  it.each([
    ['Mon, 23 Nov 2026 (a (nested) one) 10:00:04 +0000', '2026-11-23T10:00:04.000Z'],
    ['Mon, 23 Nov 2026 10:00:04 +0000 ) stray', '2026-11-23T10:00:04.000Z'],
    ['(lead) 23 Nov 2026 10:00:04 +0100 (CET)', '2026-11-23T09:00:04.000Z'],
    ['Mon, 23 Nov 2026 10:00:04 +0000 (never closed', '2026-11-23T10:00:04.000Z'],
    ['Mon, 23 Nov (2026) 10:00:04 +0000', null],
  ])('reads %j without its comments', (text, iso) => {
    expect(parseRfc5322Date(text).iso).toBe(iso);
  });
});
