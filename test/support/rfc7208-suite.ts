/**
 * The RFC 7208 test suite (openspf.org, release 2014.04) as Debian's python3-spf package installs it:
 * .ci/run installs the package; the suite is read from there, never copied into this repository.
 * Each scenario carries its own zone data; `suiteResolver` serves it the way the suite's reference driver
 * (pyspf's testspf.py) does, so the evaluator under test sees exactly the DNS the suite specifies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadAll } from 'js-yaml';
import type { DnsAnswer, MxRecord, RecordData, RecordType, Resolver } from '../../src/dns/resolver';

const SUITE_PATH = process.env.RFC7208_SUITE ?? '/usr/share/doc/python3-spf/rfc7208-tests.yml.gz';

export interface SuiteTest {
  description?: string;
  spec?: string | string[];
  helo: string;
  host: string;
  mailfrom: string;
  result: string | string[];
  explanation?: string;
  receiver?: string;
}

export interface SuiteScenario {
  description: string;
  tests: Record<string, SuiteTest>;
  zonedata: Record<string, ZoneEntry[]>;
}

type ZoneEntry = 'TIMEOUT' | Record<string, unknown>;

export function loadSuite(): SuiteScenario[] {
  if (!existsSync(SUITE_PATH))
    throw new Error(
      `RFC 7208 suite not found at ${SUITE_PATH}: apt-get install python3-spf (as .ci/run does)`,
    );
  const text = gunzipSync(readFileSync(SUITE_PATH)).toString('utf8');
  return loadAll(text) as SuiteScenario[];
}

interface ZoneRecord {
  type: string;
  value: unknown;
}

/** The driver's rules: SPF-type records double as TXT unless the name has TXT; "NONE" is no record. */
function recordsOf(entries: ZoneEntry[]): (ZoneRecord | 'TIMEOUT')[] {
  const out: (ZoneRecord | 'TIMEOUT')[] = [];
  const generated: ZoneRecord[] = [];
  let generate = true;
  for (const entry of entries) {
    if (entry === 'TIMEOUT') {
      out.push(entry);
      continue;
    }
    for (const [type, raw] of Object.entries(entry)) {
      const value = (type === 'TXT' || type === 'SPF') && typeof raw === 'string' ? [raw] : raw;
      if (type === 'TXT') generate = false;
      else if (type === 'SPF' && generate) generated.push({ type: 'TXT', value });
      const isNone = Array.isArray(value) && value.length === 1 && value[0] === 'NONE';
      if (!isNone) out.push({ type, value });
    }
  }
  return generate ? [...out, ...generated] : out;
}

export function suiteResolver(zonedata: Record<string, ZoneEntry[]>): Resolver {
  const zone = new Map<string, (ZoneRecord | 'TIMEOUT')[]>();
  for (const [name, entries] of Object.entries(zonedata)) zone.set(name.toLowerCase(), recordsOf(entries));

  function lookup<T extends RecordType>(rawName: string, type: T, followCname: boolean): DnsAnswer<T> {
    const labels = rawName.split('.').filter((label) => label !== '');
    if (labels.some((label) => label.length > 63)) return { ok: false, failure: 'timeout' };
    const name = labels.join('.').toLowerCase();
    const records = zone.get(name);
    if (records === undefined)
      return name.startsWith('error.')
        ? { ok: false, failure: 'timeout' }
        : { ok: false, failure: 'nxdomain' };
    const found: RecordData[T][] = [];
    for (const record of records) {
      if (record === 'TIMEOUT') {
        if (found.length === 0) return { ok: false, failure: 'timeout' };
        continue;
      }
      if (record.value === 'TIMEOUT') {
        if (record.type === type) return { ok: false, failure: 'timeout' };
        continue;
      }
      if (record.type === type) found.push(convert(type, record.value));
      else if (record.type === 'CNAME' && followCname) {
        const target = lookup(String(record.value), type, false);
        if (target.ok) found.push(...target.records);
      }
    }
    return found.length > 0 ? { ok: true, records: found } : { ok: false, failure: 'nodata' };
  }

  return {
    label: 'RFC 7208 suite zone',
    resolve: async (name, type) => lookup(name, type, true),
  };
}

function convert<T extends RecordType>(type: T, value: unknown): RecordData[T] {
  if (type === 'TXT') return (value as string[]).join('') as RecordData[T];
  if (type === 'MX') {
    const [priority, exchange] = value as [number, string];
    const record: MxRecord = { priority, exchange };
    return record as RecordData[T];
  }
  return String(value) as RecordData[T];
}
