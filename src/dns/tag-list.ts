/**
 * DMARC and DKIM key records are tag=value lists (RFC 6376 §3.2, RFC 9989 §4.7), the syntax the parser
 * already reads in DKIM-Signature: its reader is used, with the record standing in for a header field.
 */
import { parseTagList } from '../parser/tag-list';
import { WarningSink } from '../parser/warnings';

export interface RecordTags {
  /** Tag names lower-cased, values without whitespace; the first of a repeated tag wins. */
  tags: Record<string, string>;
  /** What the reader skipped or doubted, in its words. */
  problems: string[];
}

export function parseRecordTags(text: string, recordName: string): RecordTags {
  const warnings = new WarningSink();
  const field = {
    name: recordName,
    key: recordName.toLowerCase(),
    value: text,
    line: 1,
    foldOffsets: [],
  };
  const tags = parseTagList(field, warnings);
  return { tags, problems: warnings.finish().map((warning) => warning.message) };
}
