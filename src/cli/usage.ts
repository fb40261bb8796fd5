/** The command line's help text and version (the version comes from package.json, inlined by esbuild). */
import { version } from '../../package.json';
import { SCAN_MAX_SIZE_MB } from './scan/worker-heap';

export const VERSION: string = version;

export const USAGE = `Usage: auth-doctor [--format text|markdown|json] [--json] [--max-size SIZE] [--recipient ADDRESS]
                   [--dns] [--dns-server HOST[:PORT]] [FILE ...]
       auth-doctor --explain ID
       auth-doctor scan [--format text|markdown|csv|jsonl] [--fail-on fail|attention] DIR|FILE ...

Diagnose SPF, DKIM, DMARC, ARC and Microsoft compauth from message headers: why a message failed,
who must fix it and the exact fix.

  FILE               an .eml file or a saved header block; "-" or no FILE reads standard input
  --format FORMAT    text (default), markdown (to paste in a ticket) or json (the Diagnosis)
  --json             same as --format json
  --dns              also look up what DNS publishes now (SPF, DMARC, DKIM keys) for this message's
                     domains, on the system resolver; only domain names are sent. Without it, nothing
                     leaves this machine.
  --dns-server HOST[:PORT]
                     the same, on this DNS server instead (port 53 by default; implies --dns)
  --explain ID       what finding ID means, who acts and how it is fixed (docs/findings.md);
                     --explain list prints the ids
  --max-size SIZE    read at most SIZE of each input (default 50M); bytes, or a number with K, M or G
  --recipient ADDRESS
                     your address (the mailbox that got the message): look-alikes of your domain
                     and mail that claims to come from your own organization are recognised
  -h, --help         show this help
  --version          show the version

With several files, json prints one object per line with a "file" key; text and markdown print each
report under a line naming its file. An mbox of several messages is diagnosed message by message, the
same way, each with its 1-based "index" ("file #index" in text and markdown).

\`auth-doctor scan\` diagnoses every message of every file under the paths, on all cores, and prints a
summary (auth-doctor scan --help).

Exit status: 0 when the headers were diagnosed (whatever the verdict), 2 on a usage error or on input
that is missing, unreadable, too large, binary, empty or has no header fields, including a message
attached to a file (its file's own message is still diagnosed and printed).

Examples:
  auth-doctor message.eml
  auth-doctor --format markdown headers.txt
  pbpaste | auth-doctor --json
  auth-doctor --explain spf-fail
  auth-doctor --recipient megan@contoso.com suspicious.eml
`;

export const SCAN_USAGE = `Usage: auth-doctor scan [--format text|markdown|csv|jsonl] [--fail-on fail|attention]
                        [--max-size SIZE] [--recipient ADDRESS] [--jobs N] DIR|FILE ...

Diagnose every message under the paths (directories recursively; .eml files, saved header blocks,
Outlook .msg files, each message of an mbox, and the messages attached to them) on all cores, then
summarise: verdicts, trust levels, the most frequent findings, and messages by From domain, finding
and owner. Nothing leaves this machine.

  --format FORMAT    text (default) or markdown: the summary; csv: one row per message (file, index,
                     attachment, from, domain, verdict, trust, top finding, owner, IP, error); jsonl: one JSON
                     object per message, then a last line {"summary": ...}
  --fail-on VERDICT  exit 1 when a message's verdict is fail (fail), or fail or attention (attention)
  --max-size SIZE    read at most SIZE of each file, or of each message of an mbox (default 50M; at
                     most ${SCAN_MAX_SIZE_MB}M, as a message can take ten times its size of a worker's memory)
  --recipient ADDRESS
                     your address, as for auth-doctor without scan
  --jobs N           worker threads (default: one per core)
  -h, --help         show this help

Every input gives a record: a file or message that cannot be read is listed with its error (in CSV, a
row with the error column; in JSON lines, {"file", "error"}). Links to directories are not followed.
A progress line is drawn on standard error when it is a terminal.

Exit status: 0 when scanned (whatever the verdicts, even with unreadable files), 1 when --fail-on
found such a message, 2 on a usage error.

Examples:
  auth-doctor scan ~/Downloads/suspicious
  auth-doctor scan --format csv --recipient megan@contoso.com exports/ > scan.csv
  auth-doctor scan --fail-on fail Takeout/Mail/*.mbox
`;
