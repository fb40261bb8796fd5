/**
 * Named public pages the findings link to. Microsoft Learn pages use the
 * learn.microsoft.com/defender-office-365/<slug> and learn.microsoft.com/exchange/… paths the seeds cite;
 * RFCs use the RFC Editor's canonical URL.
 */
export const REFERENCES = {
  AUTH_OVERVIEW: 'https://learn.microsoft.com/defender-office-365/email-authentication-about',
  AUTH_WORK_TOGETHER:
    'https://learn.microsoft.com/defender-office-365/email-authentication-about#how-spf-dkim-and-dmarc-work-together-to-authenticate-email-message-senders',
  COMPOSITE_AUTH:
    'https://learn.microsoft.com/defender-office-365/email-authentication-about#composite-authentication',
  SPF_SETUP: 'https://learn.microsoft.com/defender-office-365/email-authentication-spf-configure',
  SPF_TROUBLESHOOTING:
    'https://learn.microsoft.com/defender-office-365/email-authentication-spf-configure#troubleshooting-spf-txt-records',
  DKIM_SETUP: 'https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure',
  DKIM_CNAME_SETUP:
    'https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure#configure-dkim-signing-of-outbound-messages-in-microsoft-365',
  DMARC_SETUP: 'https://learn.microsoft.com/defender-office-365/email-authentication-dmarc-configure',
  ARC_SEALERS: 'https://learn.microsoft.com/defender-office-365/email-authentication-arc-configure',
  ANTISPAM_HEADERS: 'https://learn.microsoft.com/defender-office-365/message-headers-eop-mdo',
  AUTH_RESULTS_HEADER:
    'https://learn.microsoft.com/defender-office-365/message-headers-eop-mdo#authentication-results-message-header',
  TROUBLESHOOTING: 'https://learn.microsoft.com/defender-office-365/email-authentication-troubleshoot',
  SPOOF_INTELLIGENCE: 'https://learn.microsoft.com/defender-office-365/anti-spoofing-spoof-intelligence',
  ANTI_SPOOFING: 'https://learn.microsoft.com/defender-office-365/anti-phishing-protection-spoofing-about',
  ANTI_PHISHING_SPOOF_SETTINGS:
    'https://learn.microsoft.com/defender-office-365/anti-phishing-policies-about#spoof-settings',
  TENANT_ALLOW_BLOCK_SPOOF:
    'https://learn.microsoft.com/defender-office-365/tenant-allow-block-list-email-spoof-configure',
  ENHANCED_FILTERING:
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors',
  MESSAGE_TRACE:
    'https://learn.microsoft.com/exchange/monitoring/trace-an-email-message/message-trace-modern-eac',
  NDR_5_7_1:
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-1-in-exchange-online',
  NDR_5_7_23:
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-23-in-exchange-online',
  NDR_5_7_367: 'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/forwarded-email-5-7-367',
  NDR_5_7_509: 'https://learn.microsoft.com/defender-office-365/email-authentication-dmarc-configure',
  NDR_EXCHANGE_ONLINE:
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  DMARC_HONOR_2023:
    'https://techcommunity.microsoft.com/blog/exchange/announcing-new-dmarc-policy-handling-defaults-for-enhanced-email-security/3878883',
  OUTLOOK_HIGH_VOLUME:
    'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlooks-new-requirements-for-high-volume-senders/4399730',
  GMAIL_SENDER_GUIDELINES: 'https://support.google.com/mail/answer/81126',
  GMAIL_SMTP_ERRORS: 'https://support.google.com/a/answer/3726730',
  RFC3463: 'https://www.rfc-editor.org/rfc/rfc3463',
  RFC6376: 'https://www.rfc-editor.org/rfc/rfc6376',
  RFC7208: 'https://www.rfc-editor.org/rfc/rfc7208',
  RFC7489: 'https://www.rfc-editor.org/rfc/rfc7489',
  RFC8601: 'https://www.rfc-editor.org/rfc/rfc8601',
  RFC8617: 'https://www.rfc-editor.org/rfc/rfc8617',
} as const;
