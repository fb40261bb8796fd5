import { detached, NameCache } from '../../src/rules/name-cache';

describe('NameCache', () => {
  it('answers what was stored under a name, and nothing for other names', () => {
    const cache = new NameCache<string | null>(4);
    cache.set('mail.contoso.com', 'contoso.com');
    cache.set('10.0.0.1', null);
    expect(cache.get('mail.contoso.com')).toBe('contoso.com');
    expect(cache.get('10.0.0.1')).toBeNull();
    expect(cache.get('mail.fabrikam.com')).toBeUndefined();
  });

  it('starts over once full instead of growing', () => {
    const cache = new NameCache<number>(2);
    cache.set('a.example', 1);
    cache.set('b.example', 2);
    cache.set('c.example', 3);
    expect(cache.get('a.example')).toBeUndefined();
    expect(cache.get('b.example')).toBeUndefined();
    expect(cache.get('c.example')).toBe(3);
  });
});

describe('detached', () => {
  it('keeps the text of a slice', () => {
    const block = 'Received: from mail.contoso.com by mx.fabrikam.com';
    expect(detached(block.slice(15, 31))).toBe('mail.contoso.com');
    expect(detached('')).toBe('');
  });
});
