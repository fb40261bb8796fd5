/**
 * The message to IT: the reader's answer and the verdict as HTML, then the full text report, every
 * header-derived character HTML-escaped so nothing in the headers can become markup.
 */
import type { Diagnosis } from '../rules/diagnosis';
import { renderText } from '../report/text-report';
import { escapeHtml } from './escape-html';
import type { NewMessage } from './mailbox';

export function itReport(diagnosis: Diagnosis, helpdesk: string): NewMessage {
  const { trust, message } = diagnosis;
  const subject = message.subject ?? '(no subject)';
  const html = [
    '<p>Please check this message. Auth Doctor’s diagnosis follows; the message itself is attached.</p>',
    `<p><strong>${escapeHtml(trust.headline)}</strong><br>${escapeHtml(trust.advice)}</p>`,
    `<p>${escapeHtml(diagnosis.summary)}</p>`,
    `<pre style="white-space:pre-wrap">${escapeHtml(renderText(diagnosis))}</pre>`,
  ].join('');
  return {
    to: [helpdesk],
    subject: `Auth Doctor: ${trust.level} message "${subject}"`,
    htmlBody: html,
    attachCurrentItemAs: subject,
  };
}
