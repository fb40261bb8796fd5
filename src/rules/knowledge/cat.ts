/** X-Forefront-Antispam-Report CAT: the protection policy (verdict category) applied to the message. */
import type { AntispamValueRow } from './types';
import { SOURCES } from './sources';

const source = SOURCES.forefrontFields;

function cat(value: string, meaning: string, defenderForOffice365 = false): AntispamValueRow {
  const row: AntispamValueRow = { field: 'CAT', value, meaning, documented: true, source };
  if (defenderForOffice365) {
    row.meaning = `${meaning} (Microsoft Defender for Office 365)`;
    row.defenderForOffice365 = true;
  }
  return row;
}

export const CAT_VALUES: AntispamValueRow[] = [
  cat('AMP', 'Anti-malware'),
  cat('BIMP', 'Brand impersonation', true),
  cat('BULK', 'Bulk'),
  cat('DIMP', 'Domain impersonation', true),
  cat('FTBP', 'Anti-malware common attachments filter'),
  cat('GIMP', 'Mailbox intelligence based impersonation', true),
  cat('HPHSH', 'High confidence phishing'),
  cat('HPHISH', 'High confidence phishing'),
  cat('HSPM', 'High confidence spam'),
  cat('INTOS', 'Intra-organization phishing'),
  cat('MALW', 'Malware'),
  cat('OSPM', 'Outbound spam'),
  cat('PHSH', 'Phishing'),
  cat('SAP', 'Safe Attachments', true),
  cat('SPM', 'Spam'),
  cat('SPOOF', 'Spoofing'),
  cat('UIMP', 'User impersonation', true),
  {
    field: 'CAT',
    value: 'NONE',
    meaning: 'No verdict category. Appears in older samples; not in Microsoft’s current list of CAT values.',
    documented: false,
    older: true,
    source,
  },
];
