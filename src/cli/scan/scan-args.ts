/** `auth-doctor scan` arguments → what to scan and how to report it. Pure, like ../args.ts. */
import { DEFAULT_MAX_BYTES, STDIN_NAME, parseSize } from '../args';
import { checkRecipient } from '../recipient';
import { HEAP_PER_MESSAGE_BYTE, SCAN_MAX_SIZE_MB, WORKER_HEAP_MB } from './worker-heap';

export const SCAN_FORMATS = ['text', 'markdown', 'csv', 'jsonl'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** The verdicts from which `--fail-on` makes the exit status 1: a threshold and everything worse. */
export const FAIL_ON = ['fail', 'attention'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const MB = 1024 * 1024;

/** Workers at most: more threads than this only add memory on any machine the scan runs on. */
const MAX_JOBS = 256;

export interface ScanOptions {
  paths: string[];
  format: ScanFormat;
  failOn: FailOn | null;
  /** Bytes of one file, or of one message of an mbox, at most. */
  maxBytes: number;
  recipient: string | null;
  /** Worker threads; null = one per core the process may use. */
  jobs: number | null;
}

export type ParsedScanArgs =
  { kind: 'help' } | { kind: 'scan'; options: ScanOptions } | { kind: 'usage-error'; message: string };

function oneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

function choiceError(option: string, values: readonly string[], value: string | undefined): ParsedScanArgs {
  const list = `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
  return {
    kind: 'usage-error',
    message:
      value === undefined || value === ''
        ? `${option} needs a value: ${list}`
        : `unknown ${option} value "${value}" (use ${list})`,
  };
}

/** Reads the arguments after `scan`. */
export function parseScanArgs(argv: readonly string[]): ParsedScanArgs {
  const options: ScanOptions = {
    paths: [],
    format: 'text',
    failOn: null,
    maxBytes: DEFAULT_MAX_BYTES,
    recipient: null,
    jobs: null,
  };
  let optionsEnded = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const valueOf = (name: string): string | undefined =>
      arg === name ? argv[++index] : arg.slice(name.length + 1);
    const is = (name: string): boolean => arg === name || arg.startsWith(`${name}=`);
    if (arg === STDIN_NAME && !optionsEnded) {
      return {
        kind: 'usage-error',
        message: 'scan reads files and directories, not standard input (pipe into auth-doctor without scan)',
      };
    } else if (optionsEnded || !arg.startsWith('-')) {
      options.paths.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (is('--format')) {
      const value = valueOf('--format');
      if (!oneOf(SCAN_FORMATS, value)) return choiceError('--format', SCAN_FORMATS, value);
      options.format = value;
    } else if (is('--fail-on')) {
      const value = valueOf('--fail-on');
      if (!oneOf(FAIL_ON, value)) return choiceError('--fail-on', FAIL_ON, value);
      options.failOn = value;
    } else if (is('--max-size')) {
      const value = valueOf('--max-size');
      const size = value === undefined ? null : parseSize(value);
      if (size === null)
        return { kind: 'usage-error', message: '--max-size needs a size: bytes, or a number with K, M or G' };
      // Refused rather than tried: a message too large for a worker's heap can abort the whole scan.
      if (size > SCAN_MAX_SIZE_MB * MB)
        return {
          kind: 'usage-error',
          message: `--max-size can be at most ${SCAN_MAX_SIZE_MB}M for scan: a message can take ${HEAP_PER_MESSAGE_BYTE} times its size of a worker's ${WORKER_HEAP_MB} MB heap`,
        };
      options.maxBytes = size;
    } else if (is('--recipient')) {
      const checked = checkRecipient(valueOf('--recipient'));
      if (!checked.ok) return { kind: 'usage-error', message: checked.why };
      options.recipient = checked.address;
    } else if (is('--jobs')) {
      const value = valueOf('--jobs') ?? '';
      const jobs = /^[1-9][0-9]{0,2}$/.test(value) ? Number(value) : NaN;
      if (!(jobs <= MAX_JOBS))
        return { kind: 'usage-error', message: `--jobs needs a number of workers from 1 to ${MAX_JOBS}` };
      options.jobs = jobs;
    } else {
      return { kind: 'usage-error', message: `unknown scan option ${arg} (see auth-doctor scan --help)` };
    }
  }
  if (options.paths.length === 0)
    return { kind: 'usage-error', message: 'scan needs a DIR or FILE (see auth-doctor scan --help)' };
  return { kind: 'scan', options };
}
