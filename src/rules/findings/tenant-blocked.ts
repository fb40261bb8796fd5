import { REFERENCES } from '../knowledge';
import { findSpoofItemsCommand, fixedCommand, step, UNKNOWN_DOMAIN } from '../fixes';
import { compauthReportsAs } from './compauth-verdict';
import { authorDomain, report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'tenant-blocked'> = {
  id: 'tenant-blocked',
  owner: 'recipient-admin',
  severity: 'error',
  title: 'Your organization blocks spoofed mail from the sender',
  when: 'compauth=fail with a reason reported as this finding (002).',
  why:
    'An administrator of the receiving tenant blocked this sender and infrastructure pair (Tenant ' +
    'Allow/Block List or an anti-spoofing rule): a decision, not a defect of the sender.',
  references: [REFERENCES.TENANT_ALLOW_BLOCK_SPOOF, REFERENCES.SPOOF_INTELLIGENCE],
};

export const tenantBlocked: FindingModule<'tenant-blocked'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'tenant-blocked')) return null;
    const shown = authorDomain(facts) ?? UNKNOWN_DOMAIN;
    return report(meta, facts, {
      title: `Your organization blocks spoofed mail from ${shown} (reason 002)`,
      explanation:
        `A tenant policy explicitly forbids this sender/domain pair: an administrator blocked ${shown} in the ` +
        'Tenant Allow/Block List or by an anti-spoofing rule. This is a decision, not a technical defect.',
      steps: [
        step('Find the entry:', findSpoofItemsCommand(authorDomain(facts))),
        step(
          'Check why it was blocked; if the sender is legitimate, remove it:',
          fixedCommand('Remove-TenantAllowBlockListSpoofItems -Identity Default -Ids <Id>'),
        ),
      ],
      evidence: facts.evidence.compauth,
    });
  },
};
