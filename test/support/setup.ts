// Shared jest set-up for the jsdom tests of the task pane.
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof window !== 'undefined') {
  // jsdom lacks ResizeObserver, which Fluent UI v9 needs: a no-op is enough in tests.
  if (!('ResizeObserver' in window)) {
    class NoopResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: typeof NoopResizeObserver }).ResizeObserver = NoopResizeObserver;
  }
  // jsdom lacks TextEncoder/TextDecoder, which postal-mime needs at import (browsers and Node have them).
  const globals = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
  globals.TextEncoder ??= TextEncoder;
  globals.TextDecoder ??= TextDecoder;
}
