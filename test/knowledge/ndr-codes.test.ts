import { NDR_CODES, REFERENCES, lookupNdrCode, lookupNdrCodes } from '../../src/rules/knowledge';
import facts from '../fixtures/knowledge/ndr-codes.json';

describe('NDR_CODES', () => {
  it.each(facts.codes.map((c) => [c.code, c.system] as const))(
    'knows %s as %s defines it',
    (code, system) => {
      expect(lookupNdrCodes(code).map((row) => row.system)).toContain(system);
    },
  );

  it('covers the codes the issue lists', () => {
    for (const code of [
      '5.7.1',
      '5.7.23',
      '5.7.25',
      '5.7.509',
      '5.7.367',
      '5.7.515',
      '5.7.26',
      '5.7.27',
      '5.7.30',
      '4.7.32',
    ]) {
      expect(lookupNdrCode(code)).toBeDefined();
    }
  });

  it('keeps both meanings of 5.7.25 and returns the Exchange Online one by default', () => {
    const rows = lookupNdrCodes('5.7.25');
    expect(rows.map((r) => r.system).sort()).toEqual(['Exchange Online', 'Gmail']);
    expect(lookupNdrCode('5.7.25')?.system).toBe('Exchange Online');
    expect(lookupNdrCode('5.7.25')?.meaning).toMatch(/IPv6/);
    expect(lookupNdrCode('4.7.23')?.system).toBe('Gmail');
    expect(lookupNdrCode('4.7.23')?.meaning).toMatch(/PTR/);
  });

  it('finds a code inside NDR text and not inside a longer code', () => {
    const text = "Remote Server returned '550 5.7.367 Remote server returned not permitted to relay'";
    expect(lookupNdrCode(text)?.code).toBe('5.7.367');
    expect(
      lookupNdrCode('550 5.7.509: Access denied, sending domain contoso.com does not pass DMARC')?.code,
    ).toBe('5.7.509');
    expect(lookupNdrCode('550 5.7.23.')?.code).toBe('5.7.23');
    expect(lookupNdrCode('5.7.230')).toBeUndefined();
    expect(lookupNdrCode('15.7.23')).toBeUndefined();
    expect(lookupNdrCode('no code here')).toBeUndefined();
    expect(lookupNdrCode('5.7.99')).toBeUndefined();
  });

  it('gives both forms of the Gmail codes', () => {
    expect(lookupNdrCode('4.7.26')).toBe(lookupNdrCode('5.7.26'));
    expect(lookupNdrCode('4.7.27')).toBe(lookupNdrCode('5.7.27'));
    expect(lookupNdrCode('4.7.30')).toBe(lookupNdrCode('5.7.30'));
    expect(lookupNdrCode('5.7.30')?.meaning).toBe('DKIM did not pass.');
  });

  it('states what 5.7.509 and 5.7.515 mean and links their pages', () => {
    expect(lookupNdrCode('5.7.509')?.meaning).toMatch(/DMARC failed.*p=reject/);
    expect(lookupNdrCode('5.7.515')?.system).toBe('Outlook.com');
    expect(lookupNdrCode('5.7.515')?.references).toContain(REFERENCES.OUTLOOK_HIGH_VOLUME);
    expect(lookupNdrCode('5.7.23')?.references).toContain(REFERENCES.NDR_5_7_23);
  });

  it('gives every row an owner, fix steps and https references, placeholders only {domain} and {ip}', () => {
    for (const row of NDR_CODES) {
      expect(['sender-admin', 'recipient-admin']).toContain(row.owner);
      expect(row.fix.length).toBeGreaterThan(0);
      expect(row.references.length).toBeGreaterThan(0);
      for (const url of row.references) expect(url).toMatch(/^https:\/\//);
      const text = row.fix
        .map((step) =>
          typeof step === 'string'
            ? step
            : [step.text, step.code?.host ?? '', step.code?.value ?? ''].join(' '),
        )
        .join(' ');
      const placeholders = text.match(/\{[^}]*\}/g) ?? [];
      for (const p of placeholders) expect(['{domain}', '{ip}']).toContain(p);
    }
  });
});
