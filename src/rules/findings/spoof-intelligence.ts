import { REFERENCES } from '../knowledge';
import { allowSpoofCommand, step, UNKNOWN_DOMAIN } from '../fixes';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'spoof-intelligence'> = {
  id: 'spoof-intelligence',
  owner: 'recipient-admin',
  severity: 'error',
  title: 'Spoof intelligence flagged a sender although SPF, DKIM and DMARC pass',
  when: 'compauth reason 001 (an implicit failure) while spf, dkim and dmarc all pass.',
  why:
    'The sender’s records are fine; Microsoft’s spoof intelligence still distrusts the pair of sender and ' +
    'sending infrastructure. Only the recipient’s admin can allow it, so this replaces the implicit failure.',
  references: [REFERENCES.TENANT_ALLOW_BLOCK_SPOOF, REFERENCES.SPOOF_INTELLIGENCE],
  supersedes: ['compauth-implicit-failure'],
};

export const spoofIntelligence: FindingModule<'spoof-intelligence'> = {
  meta,
  detect(facts) {
    const compauth = facts.auth.compauth;
    const allPass = facts.spfPassed && facts.dkimPassed && facts.auth.dmarc?.result === 'pass';
    if (compauth?.reason !== '001' || !allPass) return null;
    const from = authorDomain(facts);
    const shown = from ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `Spoof intelligence flagged ${shown} although SPF, DKIM and DMARC pass`,
      explanation:
        "All standard authentication passes, but Microsoft's composite authentication still fails (reason 001). " +
        `Spoof intelligence is likely flagging ${shown} because of cross-tenant trust issues.`,
      steps: [
        step(
          `Allow the spoofed pair for ${shown} in the Tenant Allow/Block List, in Exchange Online PowerShell:`,
          allowSpoofCommand(from, facts.sendingInfrastructure),
        ),
      ],
      evidence: facts.evidence.compauth,
    });
  },
};
