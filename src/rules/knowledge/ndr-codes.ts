/**
 * Enhanced status codes (RFC 3463) that receivers return when email authentication fails. Gmail and
 * Exchange Online both use 5.7.25 with different meanings, so rows carry their `system`.
 * Fix steps may hold the placeholders {domain} (the sending domain) and {ip} (the sending IP).
 * Every code here is an authentication rejection: the ndr-auth-rejection finding fires for exactly these.
 */
import type { NdrCodeRow, Source } from './types';
import { REFERENCES } from './references';
import { SOURCES } from './sources';
import { firstStatusCode } from '../../parser/status-code';

const ndrTable: Source = SOURCES.ndrTable;
const quickReference: Source = {
  ...SOURCES.quickReference,
  section: 'NDRs for email authentication failures',
};

export const NDR_CODES: NdrCodeRow[] = [
  {
    code: '5.7.1',
    system: 'Exchange Online',
    meaning: 'Delivery not authorized: unable to relay, or the client was not authenticated.',
    likelyCause:
      "Refused as unauthorised: often an SPF record that misses a sender, a wrong connector, or the receiving server's own policy.",
    owner: 'sender-admin',
    fix: [
      'Make sure the SPF record of {domain} lists every service that sends for it, including {ip}.',
      'Check the connectors that route this mail (a missing or wrong connector makes Exchange Online refuse to relay).',
      "If the destination server rejected the message by its own policy, ask the recipient's admin to allow the sender.",
    ],
    references: [REFERENCES.NDR_5_7_1, REFERENCES.SPF_SETUP],
    source: quickReference,
  },
  {
    code: '5.7.23',
    system: 'Exchange Online',
    meaning: 'The message was rejected because of a Sender Policy Framework (SPF) violation.',
    likelyCause:
      'The sending domain has no SPF record, or one that does not authorise this IP, so the receiving server refused the message.',
    owner: 'sender-admin',
    fix: [
      'Publish one SPF TXT record for {domain} that authorizes the sending IP {ip} (ip4:/ip6:) or the sending service (include:).',
      'If the message was forwarded, the forwarding server is not in the SPF record of {domain}: the forwarder should use ARC or rewrite the envelope sender.',
    ],
    references: [REFERENCES.NDR_5_7_23, REFERENCES.SPF_SETUP],
    source: quickReference,
  },
  {
    code: '5.7.25',
    system: 'Exchange Online',
    meaning: 'The sending IPv6 address must have a reverse DNS (PTR) record.',
    likelyCause: 'The IPv6 address the message came from has no reverse DNS record.',
    owner: 'sender-admin',
    fix: [
      'Ask whoever controls the IPv6 address {ip} (the hosting provider or ISP) to publish a PTR record for it that names the sending server.',
      'Make sure that host name resolves back to {ip} (forward-confirmed reverse DNS).',
    ],
    references: [REFERENCES.NDR_EXCHANGE_ONLINE],
    source: ndrTable,
  },
  {
    code: '5.7.509',
    system: 'Exchange Online',
    meaning: 'Access denied: DMARC failed for the sending domain and its policy is p=reject.',
    likelyCause:
      "Since mid-August 2023, Exchange Online honors the sender's DMARC p=reject by default when the recipient's MX points to Microsoft 365: SPF and DKIM did not pass with alignment to the From domain.",
    owner: 'sender-admin',
    fix: [
      'Authorize the sending source in the SPF record of {domain} (e.g. ip4:{ip} or the service include:).',
      'Sign the mail with DKIM using d={domain} so it aligns with the From domain.',
      "If the message was forwarded, the recipient's admin can configure the forwarder as a trusted ARC sealer.",
    ],
    references: [REFERENCES.NDR_5_7_509, REFERENCES.DMARC_HONOR_2023],
    source: SOURCES.compauthNdrCaveat,
  },
  {
    code: '5.7.367',
    system: 'Exchange Online',
    meaning: 'The remote server returned "not permitted to relay".',
    likelyCause:
      'Mail forwarded or relayed out of Microsoft 365 through a non-Microsoft gateway no longer passes SPF or DKIM there, and that gateway refuses it.',
    owner: 'sender-admin',
    fix: [
      'Identify the remote server named in the NDR and check the connector that routes mail to it.',
      'Configure that server to accept relay from your tenant: add the sending domain {domain} or the IP {ip} to its allowed senders.',
      'Keep forwarded mail authenticated (DKIM signing for {domain}, ARC on the gateway).',
    ],
    references: [REFERENCES.NDR_5_7_367, REFERENCES.ARC_SEALERS],
    source: quickReference,
  },
  {
    code: '5.7.515',
    system: 'Outlook.com',
    meaning: 'Access denied: the sending domain does not meet the required authentication level.',
    likelyCause:
      'Since 5 May 2025, senders of more than 5,000 messages a day to outlook.com, hotmail.com and live.com must publish SPF, DKIM and DMARC (at least p=none) aligned on SPF or DKIM.',
    owner: 'sender-admin',
    fix: [
      'Publish an SPF record for {domain} that authorizes {ip}.',
      'Sign the mail with DKIM using d={domain}.',
      {
        text: 'Publish a DMARC record for {domain} with at least p=none, e.g.:',
        code: {
          kind: 'dns-txt',
          host: '_dmarc.{domain}',
          value: 'v=DMARC1; p=none; rua=mailto:dmarc@{domain}',
        },
      },
    ],
    references: [REFERENCES.OUTLOOK_HIGH_VOLUME, REFERENCES.DMARC_SETUP],
    source: SOURCES.outlookHighVolume,
  },
  {
    code: '4.7.26/5.7.26',
    system: 'Gmail',
    meaning:
      "The message is unauthenticated (neither SPF nor DKIM passed) or was rejected by the domain's DMARC policy.",
    likelyCause: 'Neither SPF nor DKIM passes, or DMARC fails for the From domain with p=reject.',
    owner: 'sender-admin',
    fix: [
      'Authorize {ip} in the SPF record of {domain}.',
      'Sign the mail with DKIM using d={domain} so DMARC has an aligned pass.',
    ],
    references: [REFERENCES.GMAIL_SMTP_ERRORS, REFERENCES.GMAIL_SENDER_GUIDELINES],
    source: ndrTable,
  },
  {
    code: '4.7.27/5.7.27',
    system: 'Gmail',
    meaning: 'SPF did not pass.',
    likelyCause: 'The sending IP is not authorized by the SPF record of the envelope domain.',
    owner: 'sender-admin',
    fix: ['Authorize {ip} in the SPF record of {domain} (ip4:/ip6: or the service include:).'],
    references: [REFERENCES.GMAIL_SMTP_ERRORS, REFERENCES.SPF_SETUP],
    source: ndrTable,
  },
  {
    code: '4.7.30/5.7.30',
    system: 'Gmail',
    meaning: 'DKIM did not pass.',
    likelyCause: 'The message is not DKIM-signed, or its signature does not verify.',
    owner: 'sender-admin',
    fix: ['Sign the mail with DKIM for {domain} and publish the selector key in DNS.'],
    references: [REFERENCES.GMAIL_SMTP_ERRORS, REFERENCES.DKIM_SETUP],
    source: ndrTable,
  },
  {
    code: '4.7.32',
    system: 'Gmail',
    meaning: 'The From domain is not aligned with the SPF or DKIM domain.',
    likelyCause: 'SPF and DKIM may pass, but for a domain other than the From domain.',
    owner: 'sender-admin',
    fix: ['Sign with DKIM using d={domain} (the From domain), or send with an envelope sender in {domain}.'],
    references: [REFERENCES.GMAIL_SMTP_ERRORS, REFERENCES.DMARC_SETUP],
    source: ndrTable,
  },
  {
    code: '4.7.23/5.7.25',
    system: 'Gmail',
    meaning: 'The sending IP has no PTR record, or its PTR name does not resolve back to it.',
    likelyCause: 'Missing reverse DNS, or forward DNS does not match the reverse DNS of the sending IP.',
    owner: 'sender-admin',
    fix: [
      'Ask whoever controls {ip} to publish a PTR record naming the sending server, and make that name resolve back to {ip}.',
    ],
    references: [REFERENCES.GMAIL_SMTP_ERRORS, REFERENCES.GMAIL_SENDER_GUIDELINES],
    source: ndrTable,
  },
];

function codesOf(row: NdrCodeRow): string[] {
  return row.code.split('/');
}

/** Every row for a code (both meanings of 5.7.25). Accepts a bare code or text that contains one. */
export function lookupNdrCodes(code: string): NdrCodeRow[] {
  const found = firstStatusCode(code);
  if (found === null) return [];
  return NDR_CODES.filter((row) => codesOf(row).includes(found));
}

/** One row for a code; for 5.7.25 the Exchange Online meaning, the one Microsoft 365 admins meet. */
export function lookupNdrCode(code: string): NdrCodeRow | undefined {
  const rows = lookupNdrCodes(code);
  return rows.find((row) => row.system === 'Exchange Online') ?? rows[0];
}
