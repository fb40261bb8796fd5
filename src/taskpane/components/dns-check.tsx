/**
 * "Check DNS now": says which resolver will be asked and which names are sent (domain names only), and
 * looks them up only on a click. Lazy itself (only builds with a resolver have it); the DNS code is another
 * lazy chunk (dns-check-run.ts), loaded on the first click.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type ReactElement } from 'react';
import { type DnsQuestions, dnsQuestions, namesToQuery } from '../../dns/questions';
import type { Diagnosis } from '../../rules/diagnosis';
import type { DnsCheckOutcome } from '../dns-check-run';
import { ActionButton } from './action-button';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

type CheckState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; outcome: DnsCheckOutcome }
  | { kind: 'failed'; message: string };

interface DnsCheckProps {
  diagnosis: Diagnosis;
  endpoint: string;
  /** Receives what DNS said, so the findings can show it. */
  onChecked?: (outcome: DnsCheckOutcome) => void;
}

export default function DnsCheck({ diagnosis, endpoint, onChecked }: DnsCheckProps): ReactElement | null {
  const styles = useStyles();
  const questions = useMemo<DnsQuestions>(() => dnsQuestions(diagnosis), [diagnosis]);
  const names = useMemo(() => namesToQuery(questions), [questions]);
  const [checked, setChecked] = useState<{ for: Diagnosis; state: CheckState } | null>(null);
  // Another message: what was found for the previous one no longer applies.
  const state: CheckState = checked?.for === diagnosis ? checked.state : { kind: 'idle' };
  const setState = (next: CheckState): void => setChecked({ for: diagnosis, state: next });
  if (names.length === 0) return null;
  const host = new URL(endpoint).host;

  const check = async (): Promise<void> => {
    setState({ kind: 'running' });
    try {
      const { runDnsCheck } = await import(/* webpackChunkName: "dns-check" */ '../dns-check-run');
      const outcome = await runDnsCheck(diagnosis, questions, endpoint);
      setState({ kind: 'done', outcome });
      onChecked?.(outcome);
    } catch (error) {
      // The chunk itself could not load (offline, or the pane was updated meanwhile).
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="dns-check-heading">
      <h2 id="dns-check-heading" className={styles.heading}>
        What DNS says now
      </h2>
      <p className={styles.note}>
        Asks {host} for {names.join(', ')} (then parent domains for DMARC, and the names those records point
        to). Only domain names are sent, never the message.
      </p>
      <ActionButton onClick={() => void check()} disabled={state.kind === 'running'}>
        {state.kind === 'running' ? 'Checking DNS…' : state.kind === 'idle' ? 'Check DNS now' : 'Check again'}
      </ActionButton>
      <div role="status" aria-live="polite">
        {state.kind === 'done' ? (
          <ul className={styles.list}>
            {state.outcome.lines.map((line, index) => (
              <li key={index}>
                <strong>{line.check}</strong>: {line.text}
              </li>
            ))}
          </ul>
        ) : state.kind === 'failed' ? (
          <p className={styles.note}>The DNS check could not start: {state.message}</p>
        ) : null}
      </div>
    </section>
  );
}
