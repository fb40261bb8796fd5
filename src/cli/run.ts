/**
 * The command line's logic: arguments → inputs → Diagnosis → report, with exit codes. Host-independent
 * through CliIo so every path (including every error) is tested without spawning a process.
 */
import { applyDnsChecks } from '../dns/apply';
import { checkDns, type DnsFacts } from '../dns/check-dns';
import { dnsQuestions } from '../dns/questions';
import type { Resolver } from '../dns/resolver';
import { parseHeaders } from '../parser';
import { diagnose } from '../rules';
import type { Diagnosis } from '../rules/diagnosis';
import { DEFAULT_TEXT_WIDTH, renderJson, renderMarkdown, renderText, safeJson } from '../report';
import { neutralizeControls } from '../report/format-helpers';
import { dnsSectionMarkdown, dnsSectionText } from '../report/dns-section';
import { escapeInline } from '../report/markdown-escape';
import { type Format, STDIN_NAME, parseArgs } from './args';
import type { CliIo } from './io';
import { type InputResult, inputLabel, readInput } from './read-input';
import { USAGE, VERSION } from './usage';
import { explainFinding } from './explain';
import { extractMessages, type MessagePlace } from '../messages/extract';

const EXIT_OK = 0;
const EXIT_USAGE = 2;
/** Inputs read ahead of the one being diagnosed. */
const READ_AHEAD = 4;

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
  let resolver: Resolver | null = null;
  if (args.dns !== null) {
    try {
      resolver = await io.openResolver(args.dns.server);
    } catch (error) {
      fail(`cannot use the DNS server: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_USAGE;
    }
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

  // The next files are read while this one is diagnosed: awaiting each read in turn left the process idle
  // for a quarter of a run over many small files. At most READ_AHEAD inputs are held at once.
  const reads: Array<Promise<InputResult> | undefined> = [];
  const readAhead = (from: number): void => {
    for (let next = from; next < Math.min(files.length, from + READ_AHEAD); next++) {
      if (reads[next] !== undefined) continue;
      const reading = read(files[next]);
      // Awaited in its turn below; until then a rejection must not count as unhandled.
      reading.catch(() => undefined);
      reads[next] = reading;
    }
  };

  let exitCode = EXIT_OK;
  let printed = 0;
  // A file that fails still has its line in a JSON run, so a script sees every input it named.
  const failInput = (file: string, place: MessagePlace | null, message: string): void => {
    fail(message);
    exitCode = EXIT_USAGE;
    if (args.format === 'json') io.stdout.write(`${safeJson({ file, ...located(place), error: message })}\n`);
  };
  for (const [position, file] of files.entries()) {
    readAhead(position);
    const reading = reads[position] as Promise<InputResult>;
    reads[position] = undefined;
    try {
      const input = await reading;
      if (!input.ok) {
        failInput(file, null, input.message);
        continue;
      }
      const { messages, problems } = await extractMessages(input.bytes, inputLabel(file));
      // An mbox, or a message with attached originals, is reported message by message, like several files
      // (and a JSON line for a problem asks for JSON lines for the messages beside it).
      const separate = several || messages.length + problems.length > 1;
      // Each problem where it arose among the messages: the report follows the file's order.
      const problemsAfter = (count: number): void => {
        for (const problem of problems)
          if (problem.after === count) failInput(file, problem, problem.message);
      };
      for (const [n, message] of messages.entries()) {
        problemsAfter(n);
        const parsed = parseHeaders(message.text);
        if (parsed.fields.length === 0) {
          const where =
            message.index === null ? inputLabel(file) : `${inputLabel(file)} message ${message.index}`;
          failInput(
            file,
            message,
            `${where} has no header fields (expected lines like "Authentication-Results: ...")`,
          );
          continue;
        }
        const offline = diagnose(parsed, { recipient: args.recipient });
        // With --recipient, the reader's domain: its MX says whether a gateway sits in front of Microsoft 365.
        const recipientDomain =
          args.recipient === null ? null : args.recipient.slice(args.recipient.lastIndexOf('@') + 1);
        const dns =
          resolver === null ? null : await checkDns(dnsQuestions(offline, recipientDomain), resolver);
        const diagnosis = dns === null ? offline : applyDnsChecks(offline, dns);
        const source: Source | null = separate
          ? { file, index: message.index, attachment: message.attachment }
          : null;
        io.stdout.write(formatReport(diagnosis, dns, args.format, source, printed > 0, width));
        printed++;
      }
      problemsAfter(messages.length);
    } catch (error) {
      // A RangeError is a string or buffer past what the runtime can hold: the input was too large for it.
      if (!(error instanceof RangeError)) throw error;
      failInput(file, null, `${inputLabel(file)}: input too large to process (${error.message})`);
    }
  }
  return exitCode;
}

/** The place keys of a JSON line: `index` for a message of an mbox, `attachment` for an attached one. */
function located(
  place: MessagePlace | null,
): Partial<Record<'index', number> & Record<'attachment', string>> {
  if (place === null) return {};
  return {
    ...(place.index === null ? {} : { index: place.index }),
    ...(place.attachment === null ? {} : { attachment: place.attachment }),
  };
}

/** Wrap at 100 columns, or at the terminal's width when it is narrower. */
function textWidth(io: CliIo): number {
  const columns = io.stdout.columns;
  return columns !== undefined && columns > 0 && columns < DEFAULT_TEXT_WIDTH ? columns : DEFAULT_TEXT_WIDTH;
}

/** Which input a report is about, when there are several: the file, and the message's place in it. */
interface Source extends MessagePlace {
  file: string;
}

/**
 * One message's report. With several (`source` given), JSON becomes one compact object per line with
 * leading "file" (and, for a message of an mbox, "index"; for an attached one, "attachment") keys, and
 * text/Markdown reports are introduced by a line naming the file (and "#index", and the attachment).
 */
function formatReport(
  diagnosis: Diagnosis,
  dns: DnsFacts | null,
  format: Format,
  source: Source | null,
  separate: boolean,
  width: number,
): string {
  if (source === null) {
    // The DNS check is in the findings (`dns`, and the fixes that edit the published records).
    if (format === 'json') return `${renderJson(diagnosis)}\n`;
    return format === 'markdown'
      ? renderMarkdown(diagnosis) + (dns === null ? '' : `\n${dnsSectionMarkdown(dns, 2)}`)
      : renderText(diagnosis, { width }) + (dns === null ? '' : `\n${dnsSectionText(dns, width)}`);
  }
  const gap = separate ? '\n' : '';
  const file = source.file + (source.index === null ? '' : ` #${source.index}`);
  // The attachment's label is the extraction's own words, never text from the file.
  const attachment = source.attachment === null ? '' : `, ${source.attachment}`;
  switch (format) {
    case 'json':
      return `${safeJson({ file: source.file, ...located(source), ...diagnosis })}\n`;
    case 'markdown': {
      const section = dns === null ? '' : `\n${dnsSectionMarkdown(dns, 3)}`;
      return `${gap}# ${escapeInline(neutralizeControls(file))}${attachment}\n\n${renderMarkdown(diagnosis, { headingLevel: 2 })}${section}`;
    }
    case 'text': {
      const section = dns === null ? '' : `\n${dnsSectionText(dns, width)}`;
      return `${gap}==> ${neutralizeControls(file)}${attachment} <==\n${renderText(diagnosis, { width })}${section}`;
    }
  }
}
