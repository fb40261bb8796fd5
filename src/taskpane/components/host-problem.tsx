/**
 * Why Outlook could not give this message's headers, in words that say what to do next. Each failure
 * kind has its own message; the caller always offers the paste fallback beside it. Lazy-loaded: only
 * a failure needs it.
 */
import type { ReactElement } from 'react';
import { copyHeadersSteps } from '../header-steps';
import type { HeadersFailure, OutlookClient } from '../mailbox';
import { asSentence } from '../../report/sentence';
import { LazyNotice } from './lazy-notice';

interface ProblemText {
  intent: 'info' | 'warning' | 'error';
  title: string;
  body: string;
}

function describeFailure(failure: HeadersFailure, client: OutlookClient): ProblemText {
  switch (failure.kind) {
    case 'no-item':
      return {
        intent: 'info',
        title: 'No message selected',
        body: 'Select a received message to diagnose it, or paste its headers below.',
      };
    case 'compose':
      return {
        intent: 'info',
        title: 'This is a message you are writing',
        body: 'A draft has no authentication results yet. Open a received message, or paste headers below.',
      };
    case 'unsupported':
      return {
        intent: 'warning',
        title: 'This Outlook cannot read internet headers',
        body: 'Reading all headers needs Outlook requirement set Mailbox 1.8, which this client (for example Outlook mobile or an older build) lacks. Copy the headers from Outlook on the web or desktop and paste them below.',
      };
    case 'async-failed':
      return {
        intent: 'error',
        title: 'Outlook could not give the headers',
        body: `${failureSentence(failure)} Try again after reselecting the message, or paste its headers below.`,
      };
    case 'no-answer':
      return {
        intent: 'warning',
        title: 'Outlook did not answer',
        body: `Outlook has not sent this message's headers after ${Math.round(failure.waitedMs / 1000)} seconds. Try again, or paste the headers below.`,
      };
    case 'empty':
      return {
        intent: 'warning',
        title: 'Outlook returned no headers for this message',
        body: `This happens for messages in Sent Items and drafts, and on some builds of the new Outlook: there is nothing to diagnose, which is not the same as "no problems". ${copyHeadersSteps(client)} Then paste them below.`,
      };
  }
}

/** What Office said, with its error code and name in brackets when it gave them, as one sentence. */
function failureSentence(failure: Extract<HeadersFailure, { kind: 'async-failed' }>): string {
  const detail =
    failure.code !== null
      ? ` (error ${failure.code}${failure.name ? `, ${failure.name}` : ''})`
      : failure.name
        ? ` (${failure.name})`
        : '';
  // The detail goes inside the sentence, so Office's own final full stop moves after it.
  const said = failure.message.replace(/\.$/, '');
  return asSentence(said ? `Outlook answered: ${said}${detail}` : `Outlook gave no reason${detail}`);
}

interface HostProblemProps {
  failure: HeadersFailure;
  /** The Outlook in use: the steps to copy the headers are its own. */
  client: OutlookClient;
}

export default function HostProblem({ failure, client }: HostProblemProps): ReactElement {
  const text = describeFailure(failure, client);
  return (
    <LazyNotice intent={text.intent} title={text.title}>
      {text.body}
    </LazyNotice>
  );
}
