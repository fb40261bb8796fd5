/** The build-time help-desk address: read from --env or the environment, refused unless a plain address. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkHelpdesk, helpdeskFromArgs } = require('../../scripts/helpdesk.cjs') as {
  checkHelpdesk: (value: string | null | undefined) => string | null;
  helpdeskFromArgs: (argv: string[], env?: Record<string, string | undefined>) => string | null;
};

describe('HELPDESK at build time', () => {
  it('is read from --env HELPDESK=… or --env=HELPDESK=…, else from the environment', () => {
    expect(helpdeskFromArgs(['--env', 'HELPDESK=security@contoso.com'], {})).toBe('security@contoso.com');
    expect(helpdeskFromArgs(['--env=HELPDESK=soc@fabrikam.com'], {})).toBe('soc@fabrikam.com');
    expect(helpdeskFromArgs([], { HELPDESK: 'it@contoso.com' })).toBe('it@contoso.com');
    expect(helpdeskFromArgs(['--env', 'ADDIN_URL=https://x.example'], {})).toBeNull();
  });

  it('accepts plain addresses and leaves the action out when unset', () => {
    expect(checkHelpdesk('security@contoso.com')).toBe('security@contoso.com');
    expect(checkHelpdesk('it.help+phish@mail.contoso.co.uk')).toBe('it.help+phish@mail.contoso.co.uk');
    expect(checkHelpdesk('')).toBeNull();
    expect(checkHelpdesk(undefined)).toBeNull();
  });

  it.each([
    'security',
    'security@contoso',
    'a b@contoso.com',
    '"x"@contoso.com',
    'x@contoso.com;calc',
    'x@-a.com',
  ])('refuses %j with a message naming it', (value) => {
    expect(() => checkHelpdesk(value)).toThrow(`HELPDESK "${value}" is not an e-mail address`);
  });
});
