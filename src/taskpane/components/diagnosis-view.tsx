/**
 * Everything the pane shows for one diagnosis. Above the fold (in the first bundle): the reader's answer,
 * the verdict with the message block, protocol strip, findings. Below it, loaded when opened: antispam, hops, raw headers.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Analysis } from '../analysis';
import { helpdeskAddress } from '../helpdesk';
import type { MailboxHost } from '../mailbox';
import { formatDuration } from '../../report/duration';
import { CopyReport } from './copy-report';
import { FindingCard } from './finding-card';
import { Headline } from './headline';
import { ParseWarnings } from './parse-warnings';
import { ProtocolStrip } from './protocol-strip';
import { Section } from './section';
import { SendToIt } from './send-to-it';
import { TrustAnswer } from './trust-answer';

const AntispamView = lazy(() => import(/* webpackChunkName: "antispam" */ './antispam-view'));
const HopsTimeline = lazy(() => import(/* webpackChunkName: "hops" */ './hops-timeline'));
const RawHeaders = lazy(() => import(/* webpackChunkName: "raw" */ './raw-headers'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
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

interface DiagnosisViewProps {
  analysis: Analysis;
  /** Move focus to the verdict when it appears (after a user action, not on a host event). */
  focusOnShow?: boolean;
  /** Outlook, for "Send to IT" on the message it shows (absent on the standalone page). */
  host?: MailboxHost;
}

export function DiagnosisView({ analysis, focusOnShow = false, host }: DiagnosisViewProps): ReactElement {
  const styles = useStyles();
  const { diagnosis, lines } = analysis;
  const [open, setOpen] = useState({ antispam: false, hops: false, raw: false });
  const [focusLine, setFocusLine] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);

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
  const totalDelay = diagnosis.hops.reduce((sum, hop) => sum + Math.max(0, hop.delaySeconds ?? 0), 0);
  const timed = diagnosis.hops.some((hop) => hop.delaySeconds !== null);

  return (
    <div className={styles.root}>
      <TrustAnswer ref={headingRef} trust={diagnosis.trust} />
      <Headline diagnosis={diagnosis} label={analysis.label} transitSeconds={timed ? totalDelay : null} />
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
    </div>
  );
}
