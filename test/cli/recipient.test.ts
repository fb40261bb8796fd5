import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import type { Diagnosis } from '../../src/rules/diagnosis';
import { fakeIo } from './fake-io';

const LOOKALIKE = readFileSync(
  join(__dirname, '..', 'fixtures', 'exchange-online', 'impersonation-9.20-lookalike.eml'),
  'utf8',
);

async function trustWith(argv: string[]): Promise<Diagnosis['trust']> {
  const io = fakeIo({ 'ceo.eml': LOOKALIKE });
  expect(await run([...argv, '--json', 'ceo.eml'], io)).toBe(0);
  return (JSON.parse(io.out()) as Diagnosis).trust;
}

describe('auth-doctor --recipient', () => {
  it('names the look-alike of the reader’s own domain (both spellings of the option)', async () => {
    for (const argv of [['--recipient', 'payables@contoso.com'], ['--recipient=payables@contoso.com']]) {
      const trust = await trustWith(argv);
      expect(trust.level).toBe('suspicious');
      expect(trust.headline).toContain('your own domain contoso.com');
    }
  });

  it('without it, the look-alike of the reader’s domain cannot be named', async () => {
    expect((await trustWith([])).headline).not.toContain('your own domain');
  });

  it.each([
    [['--recipient'], '--recipient needs an address, e.g. --recipient megan@contoso.com'],
    [
      ['--recipient', 'contoso.com'],
      '--recipient "contoso.com" is not an e-mail address like megan@contoso.com',
    ],
    [
      ['--recipient', 'a b@contoso.com'],
      '--recipient "a b@contoso.com" is not an e-mail address like megan@contoso.com',
    ],
    [
      ['--recipient', 'megan@contoso.com|calc'],
      '--recipient "megan@contoso.com|calc" is not an e-mail address like megan@contoso.com',
    ],
    [
      ['--recipient', 'megan@localhost'],
      '--recipient "megan@localhost" is not an e-mail address like megan@contoso.com',
    ],
  ])('%j is a usage error: one line, exit 2', async (argv, message) => {
    const io = fakeIo({ 'ceo.eml': LOOKALIKE });
    expect(await run(['ceo.eml', ...argv], io)).toBe(2);
    expect(io.err()).toBe(`auth-doctor: ${message}\n`);
    expect(io.out()).toBe('');
  });
});
