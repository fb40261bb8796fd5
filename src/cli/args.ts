/** Command-line arguments → what to do. Pure: no I/O, so every usage error is easy to test. */
import { type DnsServer, parseDnsServer } from './dns-server';
import { checkRecipient } from './recipient';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What `--explain` takes to list the finding ids instead of explaining one. */
export const EXPLAIN_LIST = 'list';
const LIST_IDS = `auth-doctor --explain ${EXPLAIN_LIST} prints them`;

/** The name that stands for standard input. */
export const STDIN_NAME = '-';

/** Bytes read from one input at most, unless --max-size says otherwise: far above any real message. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'run';
      format: Format;
      files: string[];
      maxBytes: number;
      recipient: string | null;
      dns: DnsRequest | null;
    }
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

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "50M" → 52428800: a whole number of bytes, or of K, M or G (powers of 1024); null when it is not one. */
export function parseSize(text: string): number | null {
  const match = /^([1-9][0-9]{0,9})([kmg]?)$/i.exec(text);
  return match ? Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()] : null;
}

/**
 * Reads argv (without the node and script paths). `--help`, `--version` and `--explain` win where they
 * stand.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let format: Format = 'text';
  let maxBytes = DEFAULT_MAX_BYTES;
  let dns: DnsRequest | null = null;
  let recipient: string | null = null;
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
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      const value = arg === '--max-size' ? argv[++index] : arg.slice('--max-size='.length);
      const size = value === undefined ? null : parseSize(value);
      if (size === null)
        return { kind: 'usage-error', message: '--max-size needs a size: bytes, or a number with K, M or G' };
      maxBytes = size;
    } else if (arg === '--recipient' || arg.startsWith('--recipient=')) {
      const value = arg === '--recipient' ? argv[++index] : arg.slice('--recipient='.length);
      const checked = checkRecipient(value);
      if (!checked.ok) return { kind: 'usage-error', message: checked.why };
      recipient = checked.address;
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
  return { kind: 'run', format, files, maxBytes, recipient, dns };
}
