/** Shared helpers for the task pane tests: render the real App around a fake host, read fixtures. */
import { render, screen, type RenderResult } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from '../../src/taskpane/app';
import type { HostConnection } from '../../src/taskpane/mailbox';
import type { FakeMailboxHost } from './fake-host';

const root = path.resolve(__dirname, '../..');

/** A fixture's bytes as text: test/fixtures/<relative> or test/taskpane/fixtures/<relative>. */
export function fixture(relative: string): string {
  const shared = path.join(root, 'test/fixtures', relative);
  try {
    return readFileSync(shared, 'utf8');
  } catch {
    return readFileSync(path.join(root, 'test/taskpane/fixtures', relative), 'utf8');
  }
}

export function renderWithHost(
  host: FakeMailboxHost,
  { hostAnswerTimeoutMs }: { hostAnswerTimeoutMs?: number } = {},
): RenderResult {
  const connection: HostConnection = { mode: 'mailbox', host };
  const connect = (): Promise<HostConnection> => Promise.resolve(connection);
  return render(<App connect={connect} hostAnswerTimeoutMs={hostAnswerTimeoutMs} />);
}

export function renderStandalone(reason = 'No Outlook host found.'): RenderResult {
  const connect = (): Promise<HostConnection> => Promise.resolve({ mode: 'standalone', reason });
  return render(<App connect={connect} />);
}

/**
 * Waits for a whole diagnosis and returns its verdict heading: the verdict renders first, the findings
 * and everything below them in a later, lower-priority pass.
 */
export async function findDiagnosis(): Promise<HTMLElement> {
  const verdict = await screen.findByRole('heading', { name: /^Verdict/, level: 2 });
  await screen.findByRole('heading', { name: /^Findings \(\d+\)$/, level: 2 });
  return verdict;
}
