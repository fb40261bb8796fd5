/**
 * What each field of X-Forefront-Antispam-Report (and BCL/PCL of X-Microsoft-Antispam) means.
 * Fields not listed are for Microsoft's own use: the engine must not guess their meaning.
 */
import type { AntispamFieldRow } from './types';
import { SOURCES } from './sources';

const FOREFRONT = 'X-Forefront-Antispam-Report';
const source = SOURCES.forefrontFields;

function field(name: string, meaning: string, hasValueTable = false): AntispamFieldRow {
  return { field: name, header: FOREFRONT, meaning, hasValueTable, documented: true, source };
}

function undocumentedField(name: string, meaning: string): AntispamFieldRow {
  return { field: name, header: FOREFRONT, meaning, hasValueTable: false, documented: false, source };
}

export const ANTISPAM_FIELDS: AntispamFieldRow[] = [
  field(
    'ARC',
    'ARC results: AAR = the Authentication-Results content from DMARC, AMS = the message signatures, AS = the header signatures, with cv= none/pass/fail',
  ),
  field('CAT', 'Protection policy (verdict category) applied to the message', true),
  field('CIP', 'Connecting IP address (usable in the IP Allow List or IP Block List)'),
  field(
    'CTRY',
    'Country/region of the connecting IP address (not necessarily that of the originating sending IP)',
  ),
  field('DIR', 'Directionality of the message', true),
  field('H', 'HELO/EHLO string of the connecting email server'),
  field('IPV', 'IP reputation verdict of the connecting IP address', true),
  field('LANG', 'Language the message was written in, as a country code (e.g. ru_RU)'),
  field('PTR', 'Reverse DNS (PTR record) of the source IP address'),
  field('SCL', 'Spam confidence level', true),
  field('SFTY', 'Safety tip / phishing classification of the message', true),
  field('SFV', 'Spam filtering verdict', true),
  field('SRV', 'Bulk verdict', true),
  undocumentedField('SFS', 'SFS is not documented by Microsoft (probably the spam rules that matched)'),
  undocumentedField('SFP', 'SFP is not documented by Microsoft'),
  undocumentedField('MAXLANG', 'MAXLANG is not documented by Microsoft'),
  undocumentedField('EFV', 'EFV is not documented by Microsoft'),
  field(
    'X-CustomSpam',
    'An Advanced Spam Filter (ASF) setting matched the message (e.g. SPF Record Fail, SPF From Record Fail, Backscatter NDR, Web bug, Numeric IP in URL)',
  ),
  {
    field: 'BCL',
    header: 'X-Microsoft-Antispam',
    meaning: 'Bulk complaint level',
    hasValueTable: true,
    documented: true,
    source: SOURCES.antispamScales,
  },
  {
    field: 'PCL',
    header: 'X-Microsoft-Antispam',
    meaning: 'Phishing confidence level',
    hasValueTable: true,
    documented: true,
    source: SOURCES.antispamScales,
  },
];
