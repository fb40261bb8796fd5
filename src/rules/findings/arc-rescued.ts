import { REFERENCES } from '../knowledge';
import { listSome } from '../trim-and-list';
import { step } from '../fixes';
import { compauthReportsAs } from './compauth-verdict';
import { report, type FindingMeta, type FindingModule } from './support';

const meta: FindingMeta<'arc-rescued'> = {
  id: 'arc-rescued',
  owner: 'none',
  severity: 'info',
  title: 'A trusted ARC sealer rescued a DMARC failure',
  when: 'compauth=pass with a reason reported as this finding (130).',
  why:
    'An intermediary Microsoft trusts (a forwarder, a list) sealed the original results with ARC and ' +
    'Microsoft used them: what the intermediary broke (SPF, the body hash, alignment) is already handled.',
  references: [REFERENCES.ARC_SEALERS, REFERENCES.RFC8617],
  supersedes: ['forwarding', 'third-party-sender', 'gateway-modified', 'dmarc-alignment', 'dkim-body-hash'],
};

export const arcRescued: FindingModule<'arc-rescued'> = {
  meta,
  detect(facts) {
    if (!compauthReportsAs(facts, 'arc-rescued')) return null;
    const sealers = facts.intermediarySealers;
    return report(meta, facts, {
      title: 'A trusted ARC sealer rescued a DMARC failure (reason 130)',
      explanation:
        'The message would have failed DMARC (typically because it was forwarded), but a trusted ARC sealer ' +
        `${sealers.length ? `(${listSome(sealers, ', ')}) ` : ''}preserved the original authentication results and Microsoft accepted them. Your ARC chain works.`,
      steps: [step('No action needed.')],
      evidence: facts.evidence.compauth,
    });
  },
};
