/**
 * The command line's logic: arguments → inputs → Diagnosis → report, with exit codes. Host-independent
 * through CliIo so every path (including every error) is tested without spawning a process.
 */
import { parseHeaders } from '../parser';
import { diagnose } from '../rules';
import type { Diagnosis } from '../rules/diagnosis';
import { DEFAULT_TEXT_WIDTH, renderJson, renderMarkdown, renderText, safeJson } from '../report';
import { neutralizeControls } from '../report/format-helpers';
import { escapeInline } from '../report/markdown-escape';
import { type Format, STDIN_NAME, parseArgs } from './args';
import type { CliIo } from './io';
import { type InputResult, inputLabel, readInput } from './read-input';
import { USAGE, VERSION } from './usage';
import { explainFinding } from './explain';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

const NO_INPUT = 'no input: give a FILE, or pipe a header block into standard input (see auth-doctor --help)';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const fail = (message: string): void => {
    io.stderr.write(`auth-doctor: ${neutralizeControls(message)}\n`);
  };
  switch (args.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`auth-doctor ${VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      fail(args.message);
      return EXIT_USAGE;
    case 'explain': {
      const explanation = explainFinding(args.id);
      if (!explanation.ok) {
        fail(explanation.message);
        return EXIT_USAGE;
      }
      io.stdout.write(explanation.text);
      return EXIT_OK;
    }
  }

  // Nothing named and nothing piped: waiting on the terminal would look like a hang.
  if (args.files.length === 0 && io.stdin.isTTY) {
    fail(NO_INPUT);
    return EXIT_USAGE;
  }
  const files = args.files.length > 0 ? args.files : [STDIN_NAME];
  const several = files.length > 1;
  const width = textWidth(io);

  // Standard input can be read once; naming "-" twice must not make the second one look empty.
  let stdinInput: Promise<InputResult> | null = null;
  const read = (file: string): Promise<InputResult> =>
    file === STDIN_NAME
      ? (stdinInput ??= readInput(file, io, args.maxBytes))
      : readInput(file, io, args.maxBytes);

  let exitCode = EXIT_OK;
  let printed = 0;
  for (const file of files) {
    try {
      const input = await read(file);
      if (!input.ok) {
        fail(input.message);
        exitCode = EXIT_USAGE;
        continue;
      }
      const parsed = parseHeaders(input.text);
      if (parsed.fields.length === 0) {
        fail(`${inputLabel(file)} has no header fields (expected lines like "Authentication-Results: ...")`);
        exitCode = EXIT_USAGE;
        continue;
      }
      const diagnosis = diagnose(parsed);
      io.stdout.write(formatReport(diagnosis, args.format, several ? file : null, printed > 0, width));
      printed++;
    } catch (error) {
      // A RangeError is a string or buffer past what the runtime can hold: the input was too large for it.
      if (!(error instanceof RangeError)) throw error;
      fail(`${inputLabel(file)}: input too large to process (${error.message})`);
      exitCode = EXIT_USAGE;
    }
  }
  return exitCode;
}

/** Wrap at 100 columns, or at the terminal's width when it is narrower. */
function textWidth(io: CliIo): number {
  const columns = io.stdout.columns;
  return columns !== undefined && columns > 0 && columns < DEFAULT_TEXT_WIDTH ? columns : DEFAULT_TEXT_WIDTH;
}

/**
 * One input's report. With several inputs (`file` given), JSON becomes one compact object per line with
 * a leading "file" key, and text/Markdown reports are introduced by a line naming the file.
 */
function formatReport(
  diagnosis: Diagnosis,
  format: Format,
  file: string | null,
  separate: boolean,
  width: number,
): string {
  const gap = separate ? '\n' : '';
  switch (format) {
    case 'json':
      return file === null ? `${renderJson(diagnosis)}\n` : `${safeJson({ file, ...diagnosis })}\n`;
    case 'markdown':
      return file === null
        ? renderMarkdown(diagnosis)
        : `${gap}# ${escapeInline(neutralizeControls(file))}\n\n${renderMarkdown(diagnosis, { headingLevel: 2 })}`;
    case 'text':
      return file === null
        ? renderText(diagnosis, { width })
        : `${gap}==> ${neutralizeControls(file)} <==\n${renderText(diagnosis, { width })}`;
  }
}
