/** Command-line arguments → what to do. Pure: no I/O, so every usage error is easy to test. */
import { type DnsServer, parseDnsServer } from './dns-server';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What `--explain` takes to list the finding ids instead of explaining one. */
export const EXPLAIN_LIST = 'list';
const LIST_IDS = `auth-doctor --explain ${EXPLAIN_LIST} prints them`;

/** The name that stands for standard input. */
export const STDIN_NAME = '-';

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; format: Format; files: string[]; dns: DnsRequest | null }
  | { kind: 'explain'; id: string }
  | { kind: 'usage-error'; message: string };

/** `--dns`: look DNS up now, on the system's resolver (server null) or the one `--dns-server` names. */
export interface DnsRequest {
  server: DnsServer | null;
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function formatError(value: string | undefined): ParsedArgs {
  return {
    kind: 'usage-error',
    message:
      value === undefined || value === ''
        ? '--format needs a value: text, markdown or json'
        : `unknown format "${value}" (use text, markdown or json)`,
  };
}

/**
 * Reads argv (without the node and script paths). `--help`, `--version` and `--explain` win where they
 * stand.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let format: Format = 'text';
  let dns: DnsRequest | null = null;
  const files: string[] = [];
  let optionsEnded = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (optionsEnded || arg === STDIN_NAME || !arg.startsWith('-')) {
      files.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg === '--version') {
      return { kind: 'version' };
    } else if (arg === '--explain' || arg.startsWith('--explain=')) {
      const id = arg === '--explain' ? argv[index + 1] : arg.slice('--explain='.length);
      if (id === undefined || id === '')
        return { kind: 'usage-error', message: `--explain needs a finding id (${LIST_IDS})` };
      return { kind: 'explain', id };
    } else if (arg === '--json') {
      format = 'json';
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++index] : arg.slice('--format='.length);
      if (value === undefined || !isFormat(value)) return formatError(value);
      format = value;
    } else if (arg === '--dns') {
      dns ??= { server: null };
    } else if (arg === '--dns-server' || arg.startsWith('--dns-server=')) {
      const value = arg === '--dns-server' ? argv[++index] : arg.slice('--dns-server='.length);
      const server = value === undefined ? null : parseDnsServer(value);
      if (server === null)
        return {
          kind: 'usage-error',
          message:
            value === undefined || value === ''
              ? '--dns-server needs a value: HOST or HOST:PORT'
              : `"${value}" is not HOST, HOST:PORT or [IPv6]:PORT`,
        };
      dns = { server };
    } else {
      return { kind: 'usage-error', message: `unknown option ${arg} (see auth-doctor --help)` };
    }
  }
  return { kind: 'run', format, files, dns };
}
