/**
 * Everything the pane shows for one diagnosis below the reader's answer and the verdict: the report
 * actions, protocol strip and findings, then (loaded when opened) antispam, hops and raw headers. A chunk
 * of its own, rendered in a lower-priority pass after the verdict (diagnosis-view.tsx).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useMemo, useState, type ReactElement } from 'react';
import type { Analysis } from '../analysis';
import { helpdeskAddress } from '../helpdesk';
import type { MailboxHost } from '../mailbox';
import { formatDuration } from '../../report/duration';
import type { Diagnosis } from '../../rules/diagnosis';
import { CopyReport } from './copy-report';
import { FindingCard } from './finding-card';
import { ParseWarnings } from './parse-warnings';
import { ProtocolStrip } from './protocol-strip';
import { Section } from './section';
import { SendToIt } from './send-to-it';

const AntispamView = lazy(() => import(/* webpackChunkName: "antispam" */ './antispam-view'));
const HopsTimeline = lazy(() => import(/* webpackChunkName: "hops" */ './hops-timeline'));
const RawHeaders = lazy(() => import(/* webpackChunkName: "raw" */ './raw-headers'));
// The build's DNS-over-HTTPS endpoint (scripts/dns-resolver.cjs). Built "off", it is "" and webpack drops
// this branch: no DNS code at all. Otherwise the button is its own small chunk, and the DNS layer another.
const DnsCheck = process.env.DNS_RESOLVER_URL
  ? lazy(() => import(/* webpackChunkName: "dns-button" */ './dns-check'))
  : null;

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  findings: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  below: { display: 'flex', flexDirection: 'column' },
});

export interface DiagnosisDetailsProps {
  analysis: Analysis;
  /** What the pane shows: the engine's diagnosis, or the one "Check DNS now" completed. */
  diagnosis: Diagnosis;
  /** Total time in transit (sum of the hop delays). */
  totalDelay: number;
  host?: MailboxHost;
  onDnsChecked: (diagnosis: Diagnosis) => void;
}

export default function DiagnosisDetails({
  analysis,
  diagnosis,
  totalDelay,
  host,
  onDnsChecked,
}: DiagnosisDetailsProps): ReactElement {
  const styles = useStyles();
  const [open, setOpen] = useState({ antispam: false, hops: false, raw: false });
  const [focusLine, setFocusLine] = useState<number | null>(null);

  const evidenceLines = useMemo(
    () => new Set(diagnosis.findings.flatMap((finding) => finding.evidence.map((evidence) => evidence.line))),
    [diagnosis],
  );

  const showLine = (line: number): void => {
    setOpen((current) => ({ ...current, raw: true }));
    setFocusLine(line);
  };

  const helpdesk = helpdeskAddress();
  const scl = diagnosis.antispam?.SCL;
  const { lines } = analysis;

  return (
    <>
      <CopyReport diagnosis={diagnosis} />
      {host && helpdesk && analysis.source === 'mailbox' ? (
        <SendToIt diagnosis={diagnosis} host={host} helpdesk={helpdesk} />
      ) : null}
      <section className={styles.block} aria-labelledby="protocols-heading">
        <h2 id="protocols-heading" className={styles.heading}>
          Protocols
        </h2>
        <ProtocolStrip auth={diagnosis.auth} />
      </section>
      <section className={styles.block} aria-labelledby="findings-heading">
        <h2 id="findings-heading" className={styles.heading}>
          Findings ({diagnosis.findings.length})
        </h2>
        <ul className={styles.findings}>
          {diagnosis.findings.map((finding, index) => (
            <li key={`${finding.id}-${index}`}>
              <FindingCard finding={finding} index={index} onShowLine={showLine} />
            </li>
          ))}
        </ul>
      </section>
      {DnsCheck ? (
        <Suspense fallback={null}>
          <DnsCheck
            diagnosis={analysis.diagnosis}
            endpoint={process.env.DNS_RESOLVER_URL ?? ''}
            onChecked={(outcome) => onDnsChecked(outcome.diagnosis)}
          />
        </Suspense>
      ) : null}
      <div className={styles.below}>
        {diagnosis.antispam ? (
          <Section
            id="antispam"
            title="Antispam verdict"
            note={scl !== undefined ? `SCL ${String(scl)}` : undefined}
            open={open.antispam}
            onOpenChange={(value) => setOpen((current) => ({ ...current, antispam: value }))}
          >
            <AntispamView antispam={diagnosis.antispam} />
          </Section>
        ) : null}
        {diagnosis.hops.length > 0 ? (
          <Section
            id="hops"
            title="Route and delays"
            note={`${diagnosis.hops.length} ${diagnosis.hops.length === 1 ? 'hop' : 'hops'}, ${formatDuration(totalDelay)} in transit`}
            open={open.hops}
            onOpenChange={(value) => setOpen((current) => ({ ...current, hops: value }))}
          >
            <HopsTimeline hops={diagnosis.hops} />
          </Section>
        ) : null}
        <Section
          id="raw"
          title="Raw headers"
          note={`${lines.length} lines, ${evidenceLines.size} marked as evidence`}
          open={open.raw}
          onOpenChange={(value) => setOpen((current) => ({ ...current, raw: value }))}
        >
          <RawHeaders lines={lines} evidenceLines={evidenceLines} focusLine={focusLine} />
        </Section>
        <ParseWarnings warnings={diagnosis.warnings} />
      </div>
    </>
  );
}
