/**
 * The registry: every finding module, root causes first (combined and relay diagnoses, then each method,
 * then Microsoft's verdicts that follow from them). Findings of equal severity keep this order, so the
 * summary names the root cause. FINDING_IDS is derived from it: adding a finding is one module here, one
 * line below and one fixture in test/fixtures.
 *
 * Severity policy (every module follows it):
 * - error: the message fails for it, i.e. junked, quarantined or rejected (compauth fail reasons,
 *   dmarc-enforced-failure, ndr-auth-rejection, a spoof verdict that junked it, and any SPF/DKIM/alignment
 *   problem that nothing else carries — the `failure` policy in support.ts);
 * - warning: weak but passing (softpass, junked-for-content, implicit-pass, dmarc-none, dmarc-bestguesspass, a method failure
 *   that another aligned method or Microsoft's compauth pass carries, no-auth-results: cannot judge);
 * - info: nothing to fix (authenticated, arc-rescued, compauth-bypassed, undocumented-reason).
 */
import { arcRescued } from './arc-rescued';
import { authenticated } from './authenticated';
import { likelySpoof } from './likely-spoof';
import { lookalikeDomain } from './lookalike-domain';
import { replyToElsewhere } from './reply-to-elsewhere';
import { compauthBypassed } from './compauth-bypassed';
import { compauthExplicitFailure } from './compauth-explicit-failure';
import { compauthImplicitFailure } from './compauth-implicit-failure';
import { dkimBodyHash } from './dkim-body-hash';
import { dkimExpired } from './dkim-expired';
import { dkimFail } from './dkim-fail';
import { dkimNone } from './dkim-none';
import { dkimTemperror } from './dkim-temperror';
import { dmarcAlignment } from './dmarc-alignment';
import { dmarcBestguesspass } from './dmarc-bestguesspass';
import { dmarcEnforcedFailure } from './dmarc-enforced-failure';
import { dmarcNone } from './dmarc-none';
import { forwarding } from './forwarding';
import { gatewayModified } from './gateway-modified';
import { implicitPass } from './implicit-pass';
import { intraOrgSpoof } from './intra-org-spoof';
import { junkedForContent } from './junked-for-content';
import { ndrAuthRejection } from './ndr-auth-rejection';
import { noAuthResults } from './no-auth-results';
import { noAuthentication } from './no-authentication';
import { sendOnBehalf } from './send-on-behalf';
import { softpass } from './softpass';
import { spfAndDkimFail } from './spf-and-dkim-fail';
import { spfFail } from './spf-fail';
import { spfNone } from './spf-none';
import { spfPermerror } from './spf-permerror';
import { spfTemperror } from './spf-temperror';
import { spoofIntelligence } from './spoof-intelligence';
import { spoofVerdict } from './spoof-verdict';
import { tenantBlocked } from './tenant-blocked';
import { thirdPartySender } from './third-party-sender';
import { undocumentedReason } from './undocumented-reason';

export const FINDINGS = [
  noAuthResults,
  ndrAuthRejection,
  spfAndDkimFail,
  noAuthentication,
  forwarding,
  thirdPartySender,
  gatewayModified,
  dmarcAlignment,
  spfNone,
  spfFail,
  spfPermerror,
  spfTemperror,
  dkimNone,
  dkimFail,
  dkimBodyHash,
  dkimExpired,
  dkimTemperror,
  dmarcNone,
  dmarcBestguesspass,
  dmarcEnforcedFailure,
  compauthExplicitFailure,
  compauthImplicitFailure,
  spoofIntelligence,
  tenantBlocked,
  intraOrgSpoof,
  softpass,
  implicitPass,
  arcRescued,
  compauthBypassed,
  undocumentedReason,
  spoofVerdict,
  junkedForContent,
  likelySpoof,
  lookalikeDomain,
  replyToElsewhere,
  sendOnBehalf,
  authenticated,
] as const;

export type { FindingMeta, FindingModule, SeverityPolicy } from './support';
