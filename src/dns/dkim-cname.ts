/**
 * Microsoft 365 signs with selector1 and selector2, each a CNAME from the customer's domain to a key the
 * tenant hosts (https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure).
 * Whether those CNAMEs are published tells "DKIM not enabled" from "enabled, DNS missing".
 */
import { type DnsFailure, type Resolver, describeFailure, isEmptyAnswer } from './resolver';

export const MICROSOFT_365_SELECTORS = ['selector1', 'selector2'] as const;

export interface DkimCnameCheck {
  /** selectorN._domainkey.<domain> */
  name: string;
  target: string | null;
  failure: DnsFailure | null;
  detail: string;
}

export async function checkDkimCname(
  domain: string,
  selector: string,
  resolver: Resolver,
): Promise<DkimCnameCheck> {
  const name = `${selector}._domainkey.${domain}`;
  const answer = await resolver.resolve(name, 'CNAME');
  if (answer.ok)
    return {
      name,
      target: answer.records[0],
      failure: null,
      detail: `${name} is a CNAME to ${answer.records[0]}`,
    };
  const detail = isEmptyAnswer(answer.failure)
    ? `${name} has no CNAME`
    : describeFailure(answer.failure, name, 'CNAME', resolver.label);
  return { name, target: null, failure: answer.failure, detail };
}
