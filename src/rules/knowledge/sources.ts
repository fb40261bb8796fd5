/** The documents the knowledge tables cite, so every row names its source the same way. */
import type { Source } from './types';
import { REFERENCES } from './references';

const COMPAUTH_GUIDE = 'seeds/compauth-reason-codes-guide.txt';
const TROUBLESHOOTING = 'seeds/troubleshooting-email-authentication.txt';
const HEADER_FACTS = 'reference/header-facts.md';
const FOREFRONT_HEADING =
  'X-Forefront-Antispam-Report (Microsoft Learn, "Anti-spam message headers", message-headers-eop-mdo, 2025)';

export const SOURCES = {
  compauthTable: {
    doc: COMPAUTH_GUIDE,
    section: 'The complete compauth reason codes table',
    url: REFERENCES.ANTISPAM_HEADERS,
  },
  compauthAccuracyBox: {
    doc: COMPAUTH_GUIDE,
    section: 'Accuracy box: the codes 604, 605 and 703',
  },
  compauthNdrCaveat: {
    doc: COMPAUTH_GUIDE,
    section: 'Does compauth=fail mean my email is blocked?',
    url: REFERENCES.DMARC_HONOR_2023,
  },
  outlookHighVolume: {
    doc: COMPAUTH_GUIDE,
    section: "Microsoft's new requirements for high-volume senders",
    url: REFERENCES.OUTLOOK_HIGH_VOLUME,
  },
  forefrontFields: {
    doc: HEADER_FACTS,
    section: FOREFRONT_HEADING,
    url: REFERENCES.ANTISPAM_HEADERS,
  },
  antispamScales: {
    doc: HEADER_FACTS,
    // The SCL / BCL / PCL scales are the paragraph under the same heading.
    section: FOREFRONT_HEADING,
    url: REFERENCES.ANTISPAM_HEADERS,
  },
  ndrTable: {
    doc: HEADER_FACTS,
    section: 'NDR / enhanced status codes',
  },
  quickReference: {
    doc: TROUBLESHOOTING,
    section: 'Quick-reference troubleshooting tables',
    url: REFERENCES.TROUBLESHOOTING,
  },
  compauthValues: {
    doc: COMPAUTH_GUIDE,
    section: 'compauth=pass / softpass / fail / none: what does each value mean?',
    url: REFERENCES.AUTH_RESULTS_HEADER,
  },
  authResultsAsStamped: {
    doc: HEADER_FACTS,
    section: 'Authentication-Results as Exchange Online stamps it',
    url: REFERENCES.AUTH_RESULTS_HEADER,
  },
  rfc7208Results: { doc: 'RFC 7208', section: '2.6 Results of Evaluation', url: REFERENCES.RFC7208 },
  rfc8601Dkim: { doc: 'RFC 8601', section: '2.7.1 DKIM and DomainKeys', url: REFERENCES.RFC8601 },
  rfc7489Results: {
    doc: 'RFC 7489',
    section: '11.2 Authentication-Results Result Registry Update',
    url: REFERENCES.RFC7489,
  },
} as const satisfies Record<string, Source>;
