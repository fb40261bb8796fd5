import { dmarcAlignment, normalizeDomain, organizationalDomain } from '../../src/rules/alignment';

describe('normalizeDomain', () => {
  it.each([
    ['contoso.com', 'contoso.com'],
    ['', ''],
    ['Mail.Contoso.COM', 'mail.contoso.com'],
    [' contoso.com\t', 'contoso.com'],
    ['<contoso.com>', 'contoso.com'],
    ['[192.0.2.1]', '192.0.2.1'],
    ['contoso.com.', 'contoso.com'],
    ['contoso.com.]', 'contoso.com'],
    ['ÄPFEL.de', 'äpfel.de'],
    ['a b.example', 'a b.example'],
    ['x.example.com>.', 'x.example.com'],
    ['<x.example.com.> ', 'x.example.com'],
    ['\u00a0[x.example.com]\u3000', 'x.example.com'],
    ['.x.example', '.x.example'],
    ['<>.', ''],
  ])('%j → %j', (domain, normalized) => {
    expect(normalizeDomain(domain)).toBe(normalized);
    // Normalized once is normalized: the organizational-domain cache keeps both forms.
    expect(normalizeDomain(normalized)).toBe(normalized);
  });
});

describe('organizationalDomain (Public Suffix List, ICANN section)', () => {
  it('finds the registrable domain under multi-label public suffixes', () => {
    expect(organizationalDomain('mail.contoso.co.uk')).toBe('contoso.co.uk');
    expect(organizationalDomain('contoso.co.uk')).toBe('contoso.co.uk');
    expect(organizationalDomain('a.b.fabrikam.com.au')).toBe('fabrikam.com.au');
  });

  it('normalises case and a trailing root dot', () => {
    expect(organizationalDomain('Outbound.Fabrikam.COM.')).toBe('fabrikam.com');
  });

  it('ignores the PRIVATE section: foo.github.io belongs to github.io, as DMARC receivers see it', () => {
    expect(organizationalDomain('foo.github.io')).toBe('github.io');
    expect(organizationalDomain('mail.1password.com')).toBe('1password.com');
  });

  it('answers a name alike whatever was asked before (a name and its normalized form share the cache)', () => {
    expect(organizationalDomain('mail.fabrikam.co.uk>.')).toBe(organizationalDomain('mail.fabrikam.co.uk'));
    expect(organizationalDomain('mail.fabrikam.co.uk>')).toBe('fabrikam.co.uk');
  });

  it('keeps a name the list cannot place as its own organizational domain', () => {
    expect(organizationalDomain('localhost')).toBe('localhost');
  });
});

describe('dmarcAlignment', () => {
  it('relaxed (default): same organizational domain aligns', () => {
    expect(dmarcAlignment('outbound.fabrikam.com', 'fabrikam.com')).toBe(true);
    expect(dmarcAlignment('mail.contoso.co.uk', 'contoso.co.uk', 'relaxed')).toBe(true);
    expect(dmarcAlignment('bounce.contoso.com', 'news.contoso.com')).toBe(true);
  });

  it('relaxed: a different organization does not align, even under the same public suffix', () => {
    expect(dmarcAlignment('northwindtraders.com', 'contoso.com')).toBe(false);
    expect(dmarcAlignment('contoso.co.uk', 'fabrikam.co.uk')).toBe(false);
    expect(dmarcAlignment('contoso.com.evil.example', 'contoso.com')).toBe(false);
  });

  it('strict: only the exact same name aligns (case-insensitive)', () => {
    expect(dmarcAlignment('service.contoso.com', 'contoso.com', 'strict')).toBe(false);
    expect(dmarcAlignment('Contoso.com', 'contoso.COM', 'strict')).toBe(true);
  });

  it('private-section suffixes: two github.io sites share github.io, so relaxed aligns them', () => {
    expect(dmarcAlignment('foo.github.io', 'bar.github.io', 'relaxed')).toBe(true);
    expect(dmarcAlignment('foo.github.io', 'bar.github.io', 'strict')).toBe(false);
  });

  it('is null when either domain is unknown', () => {
    expect(dmarcAlignment(null, 'contoso.com')).toBeNull();
    expect(dmarcAlignment('contoso.com', undefined)).toBeNull();
    expect(dmarcAlignment('', 'contoso.com')).toBeNull();
  });
});
