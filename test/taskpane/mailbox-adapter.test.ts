/**
 * The Office adapter against a scripted stand-in of the Office.js surface it uses: each failure kind,
 * the theme derived from the background colour, event handlers, and the standalone fallbacks.
 */
import { OfficeMailboxHost, connectToHost, isDarkBackground } from '../../src/taskpane/mailbox';
import { diagnoseHeaders } from '../../src/rules';

type Callback = (result: Office.AsyncResult<string>) => void;

interface FakeOfficeOptions {
  item?: Record<string, unknown> | null;
  supported?: boolean;
  bodyBackgroundColor?: string;
  host?: string | null;
  /** Office.context.diagnostics.platform; absent: the host does not say. */
  platform?: string;
}

function fakeOffice(options: FakeOfficeOptions = {}) {
  const handlers = new Map<string, (args: unknown) => void>();
  const mailbox = {
    item: options.item === undefined ? null : options.item,
    addHandlerAsync: jest.fn((type: string, handler: (args: unknown) => void) => handlers.set(type, handler)),
    removeHandlerAsync: jest.fn((type: string) => handlers.delete(type)),
  };
  const office = {
    HostType: { Outlook: 'Outlook' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text' },
    context: {
      mailbox,
      requirements: {
        isSetSupported: jest.fn(
          (name: string, version: string) =>
            name === 'Mailbox' && version === '1.8' && (options.supported ?? true),
        ),
      },
      diagnostics: options.platform === undefined ? undefined : { platform: options.platform },
      officeTheme: options.bodyBackgroundColor
        ? { bodyBackgroundColor: options.bodyBackgroundColor }
        : undefined,
    },
    onReady: jest.fn(() =>
      Promise.resolve({
        host: options.host === undefined ? 'Outlook' : options.host,
        platform: 'OfficeOnline',
      }),
    ),
  };
  return { office: office as unknown as typeof Office, mailbox, handlers };
}

function readItem(answer: Partial<Office.AsyncResult<string>>, extra: Record<string, unknown> = {}) {
  return {
    itemId: 'AAMkAD-1',
    getAllInternetHeadersAsync: (callback: Callback) =>
      setTimeout(
        () => callback({ status: 'succeeded', value: '', ...answer } as Office.AsyncResult<string>),
        0,
      ),
    ...extra,
  };
}

describe('OfficeMailboxHost.getCurrentHeaders', () => {
  test('reads the headers of a received message', async () => {
    const { office } = fakeOffice({
      item: readItem({ value: 'Received: from a by b; Mon, 16 Nov 2026 09:14:08 +0000\r\n' }),
    });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toEqual({
      ok: true,
      raw: 'Received: from a by b; Mon, 16 Nov 2026 09:14:08 +0000\r\n',
      itemKey: 'AAMkAD-1',
    });
  });

  test('a bounce arrives as headers only: its body is read (body.getAsync) and diagnosed with them', async () => {
    const headers = [
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com>',
      'To: Chris Green <chris@adatum.com>',
      'Subject: Undeliverable: Quarterly report',
      'X-MS-Exchange-Message-Is-Ndr:',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
    ].join('\r\n');
    const body = [
      "Your message to meganb@fabrikam.com couldn't be delivered.",
      'Diagnostic information for administrators:',
      "Remote Server returned '550 5.7.509 Access denied, sending domain adatum.com does not pass DMARC verification and has a DMARC policy of reject.'",
    ].join('\n');
    const getAsync = jest.fn((_coercion: string, callback: Callback) =>
      callback({ status: 'succeeded', value: body } as unknown as Office.AsyncResult<string>),
    );
    const { office } = fakeOffice({ item: readItem({ value: headers }, { body: { getAsync } }) });
    const result = await new OfficeMailboxHost(office).getCurrentHeaders();
    expect(getAsync).toHaveBeenCalledWith('text', expect.any(Function));
    if (!result.ok) throw new Error('expected the headers');
    const d = diagnoseHeaders(result.raw);
    const f = d.findings.find((x) => x.id === 'ndr-auth-rejection');
    expect(f?.title).toBe('Your message to meganb@fabrikam.com was rejected for authentication (5.7.509)');
    expect(d.verdict).toBe('fail');
  });

  test('an ordinary message is diagnosed from its headers alone: its body is not read', async () => {
    const getAsync = jest.fn();
    const { office } = fakeOffice({
      item: readItem({ value: 'From: chris@contoso.com\r\nSubject: hello\r\n' }, { body: { getAsync } }),
    });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toMatchObject({
      ok: true,
      raw: 'From: chris@contoso.com\r\nSubject: hello\r\n',
    });
    expect(getAsync).not.toHaveBeenCalled();
  });

  test('no item selected', async () => {
    const { office } = fakeOffice({ item: null });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'no-item' },
    });
  });

  test('an item being composed', async () => {
    const { office } = fakeOffice({ item: { saveAsync: () => undefined } });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'compose' },
    });
  });

  test('Mailbox 1.8 not supported', async () => {
    const { office } = fakeOffice({ item: readItem({ value: 'x: y' }), supported: false });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'unsupported' },
    });
  });

  test('the API missing on the item (Outlook mobile) counts as unsupported', async () => {
    const { office } = fakeOffice({ item: { itemId: 'x' } });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'unsupported' },
    });
  });

  test("an async failure keeps Office's code, name and message", async () => {
    const error = { code: 9017, name: 'ItemNotFound', message: 'The item was not found.' };
    const { office } = fakeOffice({
      item: readItem({
        status: 'failed' as unknown as Office.AsyncResultStatus,
        error: error as Office.Error,
      }),
    });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toEqual({
      ok: false,
      itemKey: 'AAMkAD-1',
      failure: { kind: 'async-failed', code: 9017, name: 'ItemNotFound', message: 'The item was not found.' },
    });
  });

  test('an empty string (Sent Items) is its own failure, not a diagnosis', async () => {
    const { office } = fakeOffice({ item: readItem({ value: '  \r\n' }) });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'empty' },
    });
  });

  test('a throwing host call becomes an async failure', async () => {
    const { office } = fakeOffice({
      item: {
        itemId: 'x',
        getAllInternetHeadersAsync: () => {
          throw new Error('host gone');
        },
      },
    });
    await expect(new OfficeMailboxHost(office).getCurrentHeaders()).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'async-failed', code: null, message: 'Error: host gone' },
    });
  });
});

describe('events and theme', () => {
  test('ItemChanged handler registered, delivered, and removed', () => {
    const { office, handlers, mailbox } = fakeOffice({ item: readItem({}) });
    const listener = jest.fn();
    const unsubscribe = new OfficeMailboxHost(office).onItemChanged(listener);
    handlers.get('olkItemSelectedChanged')?.({});
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(mailbox.removeHandlerAsync).toHaveBeenCalledWith('olkItemSelectedChanged');
  });

  test('one Office handler per event: a listener leaving leaves the others delivered', () => {
    const { office, handlers, mailbox } = fakeOffice({ item: readItem({}) });
    const host = new OfficeMailboxHost(office);
    const leaving = jest.fn();
    const staying = jest.fn();
    const unsubscribeLeaving = host.onItemChanged(leaving);
    const unsubscribeStaying = host.onItemChanged(staying);
    expect(mailbox.addHandlerAsync).toHaveBeenCalledTimes(1);
    unsubscribeLeaving();
    expect(mailbox.removeHandlerAsync).not.toHaveBeenCalled();
    handlers.get('olkItemSelectedChanged')?.({});
    expect(leaving).not.toHaveBeenCalled();
    expect(staying).toHaveBeenCalledTimes(1);
    unsubscribeStaying();
    expect(mailbox.removeHandlerAsync).toHaveBeenCalledTimes(1);
    // A listener added afterwards registers with Office again.
    host.onItemChanged(staying);
    expect(mailbox.addHandlerAsync).toHaveBeenCalledTimes(2);
  });

  test('theme from the background brightness, and OfficeThemeChanged', () => {
    const { office, handlers } = fakeOffice({ bodyBackgroundColor: '#1f1f1f' });
    const host = new OfficeMailboxHost(office);
    expect(host.getTheme()).toBe('dark');
    const listener = jest.fn();
    host.onThemeChanged(listener);
    handlers.get('officeThemeChanged')?.({ officeTheme: { bodyBackgroundColor: '#FFFFFF' } });
    expect(listener).toHaveBeenCalledWith('light');
  });

  test('no officeTheme (before Mailbox 1.14): no opinion', () => {
    expect(new OfficeMailboxHost(fakeOffice({}).office).getTheme()).toBeNull();
  });

  test('isDarkBackground', () => {
    expect(isDarkBackground('#000')).toBe(true);
    expect(isDarkBackground('#292929')).toBe(true);
    expect(isDarkBackground('#ffffff')).toBe(false);
    expect(isDarkBackground('#f3f2f1')).toBe(false);
    expect(isDarkBackground('white')).toBeNull();
    expect(isDarkBackground('')).toBeNull();
  });
});

describe('connectToHost', () => {
  test('Office.js absent (blocked, offline): standalone', async () => {
    await expect(connectToHost(() => Promise.resolve(undefined))).resolves.toMatchObject({
      mode: 'standalone',
    });
  });

  test('Office.js present but no host (a plain browser tab): standalone', async () => {
    await expect(
      connectToHost(() => Promise.resolve(fakeOffice({ host: null }).office)),
    ).resolves.toMatchObject({
      mode: 'standalone',
    });
  });

  test('Outlook: mailbox mode', async () => {
    const connection = await connectToHost(() => Promise.resolve(fakeOffice({ item: readItem({}) }).office));
    expect(connection.mode).toBe('mailbox');
  });

  test('an Office.onReady that never answers falls back to standalone after the timeout', async () => {
    jest.useFakeTimers();
    try {
      const { office } = fakeOffice({});
      (office as unknown as { onReady: () => Promise<unknown> }).onReady = () => new Promise(() => undefined);
      const connection = connectToHost(() => Promise.resolve(office), 3000);
      await Promise.resolve(); // Office.js has loaded; only onReady is left hanging
      jest.advanceTimersByTime(3000);
      await expect(connection).resolves.toMatchObject({
        mode: 'standalone',
        reason: expect.stringMatching(/did not answer/),
      });
    } finally {
      jest.useRealTimers();
    }
  });

  test('an Office.js that never finishes loading (a stalled CDN) falls back to standalone after the timeout', async () => {
    jest.useFakeTimers();
    try {
      const connection = connectToHost(() => new Promise(() => undefined), 3000);
      jest.advanceTimersByTime(3000);
      await expect(connection).resolves.toMatchObject({
        mode: 'standalone',
        reason: expect.stringMatching(/did not load in time/),
      });
    } finally {
      jest.useRealTimers();
    }
  });

  test('an Office.onReady that rejects falls back to standalone', async () => {
    const { office } = fakeOffice({});
    (office as unknown as { onReady: () => Promise<unknown> }).onReady = () =>
      Promise.reject(new Error('boom'));
    await expect(connectToHost(() => Promise.resolve(office))).resolves.toMatchObject({ mode: 'standalone' });
  });
});

describe('OfficeMailboxHost.client', () => {
  test.each([
    ['OfficeOnline', 'web'],
    ['PC', 'windows'],
    ['Mac', 'mac'],
    ['iOS', 'mobile'],
    ['Android', 'mobile'],
    ['Universal', 'unknown'],
    [undefined, 'unknown'],
  ])('diagnostics.platform %s is Outlook client %s', (platform, client) => {
    const { office } = fakeOffice({ platform });
    expect(new OfficeMailboxHost(office).client()).toBe(client);
  });
});
