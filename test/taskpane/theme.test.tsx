/** @jest-environment jsdom */
/** The pane follows Office's theme (and its changes), the system's preference standalone, and high contrast. */
import './pane-test-setup';
import { act, screen, waitFor } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { FakeMailboxHost, ok } from './fake-host';
import { fixture, renderStandalone, renderWithHost } from './helpers';

type Listener = () => void;

/** A controllable matchMedia: `set(query, matches)` fires change listeners. */
function installMatchMedia(initial: Record<string, boolean>): {
  set: (query: string, matches: boolean) => void;
} {
  const state = { ...initial };
  const listeners = new Map<string, Set<Listener>>();
  window.matchMedia = ((query: string) => ({
    get matches() {
      return state[query] ?? false;
    },
    media: query,
    addEventListener: (_: string, listener: Listener) => {
      if (!listeners.has(query)) listeners.set(query, new Set());
      listeners.get(query)?.add(listener);
    },
    removeEventListener: (_: string, listener: Listener) => listeners.get(query)?.delete(listener),
  })) as unknown as typeof window.matchMedia;
  return {
    set(query, matches) {
      state[query] = matches;
      listeners.get(query)?.forEach((listener) => listener());
    },
  };
}

function providerTheme(): string | null {
  return document.querySelector('.fui-FluentProvider')?.getAttribute('data-theme') ?? null;
}

/** The CSS variables Fluent injected for the provider, to check the real colours changed. */
function injectedCss(): string {
  // Griffel inserts rules through the CSSOM (insertRule), so read the sheets, not the <style> text.
  return Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
    .join('\n');
}

afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia;
});

test("follows Office's theme and OfficeThemeChanged", async () => {
  installMatchMedia({});
  const host = new FakeMailboxHost();
  host.theme = 'dark';
  host.responses.set('item-1', ok(fixture('exchange-online/inbound-pass-100.eml')));
  // Every DOM change is checked: the diagnosis must never appear while the light theme is in force.
  const shownInLight: string[] = [];
  const observer = new MutationObserver(() => {
    const verdict = Array.from(document.querySelectorAll('h2')).some((h) =>
      h.textContent?.startsWith('Verdict'),
    );
    if (verdict && providerTheme() !== 'dark') shownInLight.push(providerTheme() ?? 'none');
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  renderWithHost(host);
  await screen.findByRole('heading', { name: /^Verdict/ });
  observer.disconnect();
  expect(shownInLight).toEqual([]);
  expect(providerTheme()).toBe('dark');
  expect(injectedCss()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);

  act(() => host.setTheme('light'));
  await waitFor(() => expect(providerTheme()).toBe('light'));
  expect(injectedCss()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
});

test('standalone follows prefers-color-scheme, live', async () => {
  const media = installMatchMedia({ '(prefers-color-scheme: dark)': true });
  renderStandalone();
  await screen.findByRole('heading', { name: 'Headers to diagnose' });
  expect(providerTheme()).toBe('dark');
  act(() => media.set('(prefers-color-scheme: dark)', false));
  await waitFor(() => expect(providerTheme()).toBe('light'));
});

test('Windows high contrast (forced-colors) wins over the Office theme', async () => {
  installMatchMedia({ '(forced-colors: active)': true });
  const host = new FakeMailboxHost();
  host.theme = 'light';
  host.responses.set('item-1', ok(fixture('exchange-online/inbound-pass-100.eml')));
  renderWithHost(host);
  await screen.findByRole('heading', { name: /^Verdict/ });
  expect(providerTheme()).toBe('high-contrast');
});
