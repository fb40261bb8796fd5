/** Every trust signal, strongest first: the first spoofing signal found gives the headline. */
import type { SignalCheck } from '../context';
import { displayNameElsewhere } from './display-name';
import { firstContact } from './first-contact';
import { lookalikeDomain } from './lookalike-domain';
import { impersonationVerdict, phishingVerdict, spoofVerdict } from './receiver-verdicts';
import { replyToElsewhere, returnPathElsewhere } from './reply-elsewhere';
import { bulkScore, spamScore } from './scores';
import { unrelatedInfrastructure } from './unrelated-infrastructure';

export const SIGNAL_CHECKS: SignalCheck[] = [
  lookalikeDomain,
  unrelatedInfrastructure,
  displayNameElsewhere,
  phishingVerdict,
  spoofVerdict,
  impersonationVerdict,
  replyToElsewhere,
  returnPathElsewhere,
  spamScore,
  bulkScore,
  firstContact,
];
