/** The troubleshooting guide's diagnostic tools table, for fix steps that say where to look next. */
import type { DiagnosticToolRow } from './types';
import { REFERENCES } from './references';
import { SOURCES } from './sources';

const source = SOURCES.diagnosticTools;

export const DIAGNOSTIC_TOOLS: DiagnosticToolRow[] = [
  {
    tool: 'Message header analyzer',
    purpose:
      'Parse authentication results from message headers (SPF, DKIM, DMARC, composite authentication).',
    url: 'https://mha.azurewebsites.net/',
    source,
  },
  {
    tool: 'Microsoft Remote Connectivity Analyzer',
    purpose: 'Test SPF, DKIM, and DMARC configuration for your domain.',
    url: 'https://testconnectivity.microsoft.com',
    source,
  },
  {
    tool: 'Message trace',
    purpose: 'Track message delivery and view authentication results in the Exchange admin center (EAC).',
    url: REFERENCES.MESSAGE_TRACE,
    source,
  },
  {
    tool: 'Spoof intelligence insight',
    purpose: 'View senders that are spoofing your domain and allow or block them.',
    url: REFERENCES.SPOOF_INTELLIGENCE,
    source,
  },
];
