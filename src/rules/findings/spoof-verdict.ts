import { decodeAntispamField, findAntispamValue, REFERENCES } from '../knowledge';
import { evidenceOf } from '../evidence';
import { trimEndChars } from '../trim-and-list';
import { allowSpoofCommand, step, UNKNOWN_DOMAIN } from '../fixes';
import { compauthReportsAs } from './compauth-verdict';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'spoof-verdict'> = {
  id: 'spoof-verdict',
  owner: 'recipient-admin',
  severity: 'error',
  title: 'Microsoft 365 treated the message as spoofing',
  when:
    'X-Forefront-Antispam-Report says CAT:SPOOF, or an SFTY value the SFTY table marks as spoofing or ' +
    'impersonation.',
  why:
    'This is the filter’s own verdict, the reason the message went to Junk or quarantine (an error) or ' +
    'got a safety tip (a warning when it was not junked).',
  references: [
    REFERENCES.ANTISPAM_HEADERS,
    REFERENCES.SPOOF_INTELLIGENCE,
    REFERENCES.TENANT_ALLOW_BLOCK_SPOOF,
    REFERENCES.ANTI_SPOOFING,
  ],
};

export const spoofVerdict: FindingModule<'spoof-verdict'> = {
  meta,
  detect(facts) {
    const antispam = facts.parsed.forefront;
    if (!antispam) return null;
    const f = antispam.fields;
    const cat = f['CAT']?.toUpperCase() ?? null;
    const sfty = f['SFTY'] ?? null;
    const sftyVerdict = sfty === null ? undefined : findAntispamValue('SFTY', sfty)?.spoofVerdict;
    if (cat !== 'SPOOF' && sftyVerdict === undefined) return null;

    const scl = Number(f['SCL']);
    const sfvJunks = findAntispamValue('SFV', f['SFV'] ?? '')?.junks === true;
    const junked = cat === 'SPOOF' || (Number.isFinite(scl) && scl >= 5) || sfvJunks;
    const decoded = ['CAT', 'SFTY', 'SFV', 'SCL']
      .filter((k) => f[k] !== undefined)
      .map((k) => {
        const d = decodeAntispamField(k, f[k]);
        return `${k}:${f[k]}${d ? ` = ${trimEndChars(d.meaning, '. ')}` : ''}`;
      });
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    const impersonation = cat !== 'SPOOF' && sftyVerdict === 'impersonation';
    // The spoofed domain is one of your own accepted domains: the Tenant Allow/Block List entry for that is
    // an Internal spoof pair, not an External one.
    const internal = compauthReportsAs(facts, 'intra-org-spoof') || sftyVerdict === 'intra-org-spoof';
    return report(meta, facts, {
      severity: junked ? 'error' : 'warning',
      title: impersonation
        ? `Microsoft 365 flagged impersonation of ${shown}`
        : `Microsoft 365 treated the message as spoofing ${shown}`,
      explanation:
        (junked
          ? 'This is why the message went to Junk or quarantine: '
          : 'Microsoft 365 marked the message (safety tip) but did not junk it: ') +
        `${decoded.join('; ')}.` +
        (cat === 'SPOOF'
          ? ` The From domain ${shown} did not authenticate (see the SPF/DKIM/DMARC findings).`
          : ''),
      steps: impersonation
        ? [
            // An impersonator's own domain authenticates: trusting it on that basis would let it through.
            step(
              `Only if you know ${shown} to be a partner's own domain, add it as a trusted sender/domain in the impersonation settings of your anti-phishing policy; if not, the verdict did its job: change nothing and report the message as phishing.`,
            ),
            step('Release the message from quarantine if it was held and is legitimate.'),
          ]
        : [
            step(`Best: have the sender fix authentication for ${shown} (see the other findings).`),
            step(
              'Meanwhile, if the sender is legitimate, allow the spoofed pair:',
              allowSpoofCommand(from, facts.sendingInfrastructure, internal ? 'Internal' : 'External'),
            ),
            step('Release the message from quarantine if it was held and is legitimate.'),
          ],
      evidence: [evidenceOf(antispam.loc)],
    });
  },
};
