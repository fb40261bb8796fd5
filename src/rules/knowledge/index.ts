/** The knowledge base's public API: typed tables, each row citing its source, and their lookups. */
export * from './types';
export { REFERENCES } from './references';
export { COMPAUTH_REASONS, lookupCompauthReason } from './compauth-reasons';
export { SFV_VALUES } from './sfv';
export { CAT_VALUES } from './cat';
export { SFTY_VALUES } from './sfty';
export { SCL_VALUES } from './scl';
export { BCL_VALUES, BCL_THRESHOLDS } from './bcl';
export { PCL_VALUES } from './pcl';
export { IPV_VALUES } from './ipv';
export { DIR_VALUES } from './dir';
export { SRV_VALUES } from './srv';
export { ANTISPAM_FIELDS } from './forefront-fields';
export { decodeAntispamField, findAntispamValue } from './antispam';
export { NDR_CODES, lookupNdrCode, lookupNdrCodes } from './ndr-codes';
export {
  AUTH_RESULTS,
  DMARC_ACTIONS,
  dmarcPolicyApplied,
  lookupAuthResult,
  lookupDmarcAction,
} from './auth-results';
export { AUTH_AS_VALUES } from './auth-as';
export { BRANDS } from './brands';
