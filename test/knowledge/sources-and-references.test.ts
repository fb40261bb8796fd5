import * as knowledge from '../../src/rules/knowledge';
import type { Source } from '../../src/rules/knowledge';
import references from '../fixtures/knowledge/references.json';
import { describeWithSeeds, readSeedDocument, seedDocumentExists } from '../support/seed-documents';

const { REFERENCES } = knowledge;

/** Every table of the knowledge base with a name, so a failure says which table is wrong. */
const TABLES: [string, { source: Source }[]][] = [
  ['COMPAUTH_REASONS', knowledge.COMPAUTH_REASONS],
  ['SFV_VALUES', knowledge.SFV_VALUES],
  ['CAT_VALUES', knowledge.CAT_VALUES],
  ['SFTY_VALUES', knowledge.SFTY_VALUES],
  ['SCL_VALUES', knowledge.SCL_VALUES],
  ['BCL_VALUES', knowledge.BCL_VALUES],
  ['PCL_VALUES', knowledge.PCL_VALUES],
  ['IPV_VALUES', knowledge.IPV_VALUES],
  ['DIR_VALUES', knowledge.DIR_VALUES],
  ['SRV_VALUES', knowledge.SRV_VALUES],
  ['ANTISPAM_FIELDS', knowledge.ANTISPAM_FIELDS],
  ['NDR_CODES', knowledge.NDR_CODES],
  ['BCL_THRESHOLDS', [knowledge.BCL_THRESHOLDS]],
  ['AUTH_RESULTS', knowledge.AUTH_RESULTS],
  ['DMARC_ACTIONS', knowledge.DMARC_ACTIONS],
  ['AUTH_AS_VALUES', knowledge.AUTH_AS_VALUES],
];

/** Every cited source of every row, once each. */
const SOURCES_CITED: Source[] = [
  ...new Map(
    TABLES.flatMap(([, rows]) => rows.map((r) => r.source)).map((s) => [JSON.stringify(s), s]),
  ).values(),
];

describe('every knowledge row cites its source', () => {
  it.each(TABLES)(
    '%s: each row names an RFC section or a seed/reference document, with an https URL',
    (_name, rows) => {
      expect(rows.length).toBeGreaterThan(0);
      for (const { source } of rows) {
        if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
        expect(source.section).not.toBe('');
        const rfc = /^RFC (\d{4})$/.exec(source.doc);
        if (rfc !== null) {
          // An RFC is cited by number and section; its URL must be that RFC at the RFC Editor.
          expect(source.url).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc[1]}`);
          expect(source.section).toMatch(/^\d+(\.\d+)* \S/);
        } else expect(source.doc).toMatch(/^(seeds|reference)\/[\w.-]+$/);
      }
    },
  );
});

describeWithSeeds('cited seed and reference documents', () => {
  const documentSources = SOURCES_CITED.filter((s) => !s.doc.startsWith('RFC '));

  it.each(documentSources.map((s) => [s.doc, s.section] as const))('%s contains "%s"', (doc, section) => {
    expect(seedDocumentExists(doc)).toBe(true);
    const text = readSeedDocument(doc);
    // Sections are headings of the document, or "heading: sub-heading" when a table sits under one.
    for (const part of section.split(': ')) expect(text).toContain(part);
  });
});

describe('REFERENCES', () => {
  it('names every page the findings need', () => {
    expect(Object.keys(REFERENCES)).toEqual(
      expect.arrayContaining([
        'SPF_SETUP',
        'DKIM_SETUP',
        'DMARC_SETUP',
        'ARC_SEALERS',
        'AUTH_OVERVIEW',
        'ANTISPAM_HEADERS',
        'TROUBLESHOOTING',
        'SPOOF_INTELLIGENCE',
        'TENANT_ALLOW_BLOCK_SPOOF',
        'ENHANCED_FILTERING',
        'NDR_5_7_23',
        'NDR_5_7_1',
        'NDR_5_7_367',
        'NDR_5_7_509',
        'OUTLOOK_HIGH_VOLUME',
        'RFC7208',
        'RFC6376',
        'RFC7489',
        'RFC8601',
        'RFC8617',
        'RFC3463',
      ]),
    );
  });

  it('holds only https URLs without spaces', () => {
    for (const url of Object.values(REFERENCES)) {
      expect(url).toMatch(/^https:\/\/[^\s]+$/);
      expect(() => new URL(url)).not.toThrow();
    }
  });

  it('points the RFCs at the RFC Editor', () => {
    for (const rfc of ['3463', '6376', '7208', '7489', '8601', '8617'] as const) {
      expect(REFERENCES[`RFC${rfc}`]).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc}`);
    }
  });

  it('uses the Microsoft Learn slugs of the pages the seeds link to', () => {
    expect(REFERENCES.SPF_SETUP).toBe(
      'https://learn.microsoft.com/defender-office-365/email-authentication-spf-configure',
    );
    expect(REFERENCES.DKIM_SETUP).toBe(
      'https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure',
    );
    expect(REFERENCES.DMARC_SETUP).toBe(
      'https://learn.microsoft.com/defender-office-365/email-authentication-dmarc-configure',
    );
    expect(REFERENCES.ARC_SEALERS).toBe(
      'https://learn.microsoft.com/defender-office-365/email-authentication-arc-configure',
    );
    for (const slug of references.learnSlugs) {
      expect(Object.values(REFERENCES).some((url) => url.includes(`/defender-office-365/${slug}`))).toBe(
        true,
      );
    }
  });
});
