/** The command line's help text and version (the version comes from package.json, inlined by esbuild). */
import { version } from '../../package.json';

export const VERSION: string = version;

export const USAGE = `Usage: auth-doctor [--format text|markdown|json] [--json] [--max-size SIZE] [--recipient ADDRESS]
                   [--dns] [--dns-server HOST[:PORT]] [FILE ...]
       auth-doctor --explain ID

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

Exit status: 0 when the headers were diagnosed (whatever the verdict), 2 on a usage error or on input
that is missing, unreadable, too large, binary, empty or has no header fields.

Examples:
  auth-doctor message.eml
  auth-doctor --format markdown headers.txt
  pbpaste | auth-doctor --json
  auth-doctor --explain spf-fail
  auth-doctor --recipient megan@contoso.com suspicious.eml
`;
