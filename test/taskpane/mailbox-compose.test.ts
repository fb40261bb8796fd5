/**
 * The adapter's reader and compose side: the signed-in address (for look-alikes of the reader's domain)
 * and displayNewMessageForm with the open item attached (Mailbox 1.6, read mode).
 */
import { OfficeMailboxHost, type NewMessage } from '../../src/taskpane/mailbox';

function fakeOffice(mailbox: Record<string, unknown>, versions: string[] = ['1.6', '1.8']): typeof Office {
  return {
    context: {
      mailbox,
      requirements: {
        isSetSupported: (name: string, v: string) => name === 'Mailbox' && versions.includes(v),
      },
    },
  } as unknown as typeof Office;
}

const MESSAGE: NewMessage = {
  to: ['security@contoso.com'],
  subject: 'Auth Doctor: suspicious message "Payroll change confirmation"',
  htmlBody: '<p>report</p>',
  attachCurrentItemAs: 'Payroll change confirmation',
};

describe('OfficeMailboxHost.recipientAddress', () => {
  test('is the signed-in mailbox address', () => {
    const host = new OfficeMailboxHost(fakeOffice({ userProfile: { emailAddress: 'meganb@contoso.com' } }));
    expect(host.recipientAddress()).toBe('meganb@contoso.com');
  });

  test('is null when Outlook gives no usable address', () => {
    expect(new OfficeMailboxHost(fakeOffice({})).recipientAddress()).toBeNull();
    expect(
      new OfficeMailboxHost(fakeOffice({ userProfile: { emailAddress: '' } })).recipientAddress(),
    ).toBeNull();
  });
});

describe('OfficeMailboxHost.openNewMessage', () => {
  test('opens the form with recipients, subject, HTML body and the item attached', () => {
    const displayNewMessageForm = jest.fn();
    const host = new OfficeMailboxHost(fakeOffice({ item: { itemId: 'AAMkAD-1' }, displayNewMessageForm }));
    expect(host.openNewMessage(MESSAGE)).toBe(true);
    expect(displayNewMessageForm).toHaveBeenCalledWith({
      toRecipients: ['security@contoso.com'],
      subject: MESSAGE.subject,
      htmlBody: '<p>report</p>',
      attachments: [{ type: 'item', itemId: 'AAMkAD-1', name: 'Payroll change confirmation' }],
    });
  });

  test('cuts the subject and body to the documented limits (255 characters, 32 KB)', () => {
    const displayNewMessageForm = jest.fn();
    const host = new OfficeMailboxHost(fakeOffice({ item: { itemId: 'x' }, displayNewMessageForm }));
    host.openNewMessage({ ...MESSAGE, subject: 's'.repeat(300), htmlBody: 'b'.repeat(40000) });
    const form = displayNewMessageForm.mock.calls[0][0] as { subject: string; htmlBody: string };
    expect(form.subject).toHaveLength(255);
    expect(form.htmlBody).toHaveLength(32 * 1024);
  });

  test('refuses without Mailbox 1.6, without an item id to attach, or when Outlook throws', () => {
    const displayNewMessageForm = jest.fn();
    const old = new OfficeMailboxHost(fakeOffice({ item: { itemId: 'x' }, displayNewMessageForm }, ['1.5']));
    expect(old.openNewMessage(MESSAGE)).toBe(false);
    const noId = new OfficeMailboxHost(fakeOffice({ item: {}, displayNewMessageForm }));
    expect(noId.openNewMessage(MESSAGE)).toBe(false);
    expect(displayNewMessageForm).not.toHaveBeenCalled();
    const throwing = new OfficeMailboxHost(
      fakeOffice({
        item: { itemId: 'x' },
        displayNewMessageForm: () => {
          throw new Error('not in this mode');
        },
      }),
    );
    expect(throwing.openNewMessage(MESSAGE)).toBe(false);
  });
});
