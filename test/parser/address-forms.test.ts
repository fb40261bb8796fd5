import { parseHeaders } from '../../src/parser';
import { diagnoseHeaders } from '../../src/rules';
import { buildFacts } from '../../src/rules/facts';

/** name <address> domain of a field's first mailbox (From unless `field` says otherwise). */
function mailbox(line: string): { name: string; address: string; domain: string } | null {
  const parsed = parseHeaders(line);
  const box = parsed.from ?? parsed.sender ?? parsed.replyTo ?? parsed.returnPath;
  return box && { name: box.name, address: box.address, domain: box.domain };
}

/** Every mailbox of a To field as "name <address>". */
function toList(value: string): string[] {
  return (parseHeaders(`To: ${value}`).to ?? []).map((m) => `${m.name} <${m.address}>`);
}

describe('defects met on real mail', () => {
  it('still finds the angle-addr after an unquoted comma in the display name', () => {
    expect(mailbox('From: Payroll, Victim Corp <ceo@victim.example>')).toEqual({
      name: 'Payroll, Victim Corp',
      address: 'ceo@victim.example',
      domain: 'victim.example',
    });
    // The form thousands of phishing messages received at Outlook.com carry.
    expect(mailbox('From: Microsoft account team ,_<no-reply@access-accsecurity.example>')).toMatchObject({
      name: 'Microsoft account team, _',
      domain: 'access-accsecurity.example',
    });
  });

  it('does not let an unquoted comma turn a spoof into a pass', () => {
    const d = diagnoseHeaders(
      [
        'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=evil.example;',
        ' dkim=pass header.d=evil.example',
        'From: Payroll, Victim Corp <ceo@victim.example>',
      ].join('\r\n'),
    );
    expect(d.message.fromDomain).toBe('victim.example');
    expect(d.verdict).not.toBe('pass');
  });

  it('drops a comment inside the addr-spec from the domain', () => {
    expect(mailbox('From: <user@example.com (Sales)>')).toEqual({
      name: '',
      address: 'user@example.com',
      domain: 'example.com',
    });
  });

  it('keeps IPv6 and IPv4 domain literals whole', () => {
    expect(mailbox('From: a@[IPv6:2001:DB8::1]')?.domain).toBe('[ipv6:2001:db8::1]');
    expect(mailbox('From: Admin <admin@[192.0.2.1]>')?.domain).toBe('[192.0.2.1]');
  });

  it('reads quoted local parts in Return-Path, an "@" inside the quotes included', () => {
    expect(mailbox('Return-Path: <"john doe"@example.com>')).toMatchObject({
      address: '"john doe"@example.com',
      domain: 'example.com',
    });
    expect(mailbox('Return-Path: <"bounce@list"@mail.example.org>')?.domain).toBe('mail.example.org');
    expect(parseHeaders('Return-Path: <>').warnings).toEqual([]);
  });
});

// RFC 5322 Appendix A (https://www.rfc-editor.org/rfc/rfc5322#appendix-A): the addresses of its examples.
describe('RFC 5322 Appendix A', () => {
  it('A.1.1 / A.1.2 a simple mailbox and a quoted display name', () => {
    expect(mailbox('From: John Doe <jdoe@machine.example>')).toMatchObject({
      name: 'John Doe',
      address: 'jdoe@machine.example',
    });
    expect(mailbox('From: "Joe Q. Public" <john.q.public@example.com>')).toMatchObject({
      name: 'Joe Q. Public',
    });
    expect(toList('Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>')).toEqual([
      'Mary Smith <mary@x.test>',
      ' <jdoe@example.org>',
      'Who? <one@y.test>',
    ]);
    expect(toList('<boss@nil.test>, "Giant; \\"Big\\" Box" <sysservices@example.net>')).toEqual([
      ' <boss@nil.test>',
      'Giant; "Big" Box <sysservices@example.net>',
    ]);
  });

  it('A.1.3 groups, and an empty group', () => {
    expect(toList('A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;')).toEqual([
      'Ed Jones <c@a.test>',
      ' <joe@where.test>',
      'John <jdoe@one.test>',
    ]);
    expect(toList('Undisclosed recipients:;')).toEqual([]);
  });

  it('A.5 white space, comments and other oddities', () => {
    expect(mailbox('From: Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>')).toEqual({
      name: 'Pete',
      address: 'pete@silly.test',
      domain: 'silly.test',
    });
    expect(
      toList(
        "A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of the group)",
      ),
    ).toEqual(['Chris Jones <c@public.example>', ' <joe@example.org>', 'John <jdoe@one.test>']);
    expect(toList('(Empty list)(start)Hidden recipients  :(nobody(that I know))  ;')).toEqual([]);
  });

  it('A.6 obsolete forms: a colon in a quoted name, CFWS around the dot of a domain', () => {
    expect(toList('"Mary Smith: Personal Account" <smith@home.example >')).toEqual([
      'Mary Smith: Personal Account <smith@home.example>',
    ]);
    expect(mailbox('From  : John Doe <jdoe@machine(comment).  example>')).toMatchObject({
      address: 'jdoe@machine.example',
      domain: 'machine.example',
    });
    expect(mailbox('From: Joe Q. Public <john.q.public@example.com>')).toMatchObject({
      name: 'Joe Q. Public',
    });
  });
});

// Cases from nodemailer's addressparser suite (test/addressparser/addressparser-test.js,
// https://github.com/nodemailer/nodemailer), restated as this parser's own expectations.
describe('nodemailer addressparser cases', () => {
  it.each([
    ['andris@tr.ee', '', 'andris@tr.ee'],
    ['andris <andris@tr.ee>', 'andris', 'andris@tr.ee'],
    ['"reinman, andris" <andris@tr.ee>', 'reinman, andris', 'andris@tr.ee'],
    ['"reinman; andris" <andris@tr.ee>', 'reinman; andris', 'andris@tr.ee'],
    ['andris andris@tr.ee', 'andris', 'andris@tr.ee'],
    ['andris@tr.ee (andris)', 'andris', 'andris@tr.ee'],
    ['andris@tr.ee (reinman) andris', 'andris', 'andris@tr.ee'],
    ['FirstName Surname-WithADash :: Company <firstname@company.com>', 'Company', 'firstname@company.com'],
    ['name@address.com@address2.com', '', 'name@address.com@address2.com'],
    [
      '"Firstname \\" \\\\\\, Lastname \\(Test\\)" test@example.com',
      'Firstname " \\, Lastname (Test)',
      'test@example.com',
    ],
  ])('%s', (value, name, address) => {
    expect(mailbox(`From: ${value}`)).toMatchObject({ name, address });
  });

  it('reads groups and ";" between mailboxes', () => {
    expect(
      toList(
        'Test User <test.user@mail.ee>; Disclosed:andris@tr.ee, andris@example.com;,,,, Undisclosed:; bob@example.com;',
      ),
    ).toEqual([
      'Test User <test.user@mail.ee>',
      ' <andris@tr.ee>',
      ' <andris@example.com>',
      ' <bob@example.com>',
    ]);
  });

  it('gives no address for a name alone', () => {
    const parsed = parseHeaders("From: O'Neill");
    expect(parsed.from).toMatchObject({ name: "O'Neill", address: '', domain: '' });
    expect(parsed.warnings[0].message).toContain('No e-mail address found');
  });
});

describe('To mailboxes for the rules', () => {
  it('gives a bounce’s original sender from To', () => {
    const parsed = parseHeaders(
      [
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
        'To: Sales, Contoso <sales@contoso.com>',
        'Subject: Undelivered Mail Returned to Sender',
      ].join('\r\n'),
    );
    expect(parsed.to?.[0]).toMatchObject({ name: 'Sales, Contoso', domain: 'contoso.com' });
    expect(buildFacts(parsed).subjectDomain).toBe('contoso.com');
  });
});

describe('crafted From fields', () => {
  it('takes the address after an empty angle-addr', () => {
    expect(mailbox('From: "Singles Online"<>69496118<Info28296@HOYvX.example.net>')).toMatchObject({
      address: 'Info28296@HOYvX.example.net',
      domain: 'hoyvx.example.net',
    });
  });
});

describe('an "@" inside a quoted display name', () => {
  it('is part of the name, not an address', () => {
    expect(
      mailbox(
        'From: "Félicitations! victim@example.org", "Offer victim@example.org" <news@mail.example.net>',
      ),
    ).toMatchObject({
      name: 'Félicitations! victim@example.org, Offer victim@example.org',
      address: 'news@mail.example.net',
      domain: 'mail.example.net',
    });
    expect(mailbox('From: "victim@example.org"  (<noreply@example.net>)')).toMatchObject({
      address: '',
      domain: '',
    });
  });
});
