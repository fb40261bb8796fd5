/**
 * One finding: severity, title, who must act, why, the fix steps (each record or command copyable),
 * the evidence lines (activating one shows it in the raw view) and the references.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  DismissCircle16Filled,
  Info16Regular,
  Person16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { Finding, FixCode, FixStep as FixStepData, Severity } from '../../rules/diagnosis';
import { dnsStateLine } from '../../report/dns-state';
import { OWNER_DESCRIPTIONS, OWNER_LABELS } from '../../report/owner-labels';
import { safeHref } from '../safe-href';
import { visuallyHidden } from '../visually-hidden';
import { ActionButton } from './action-button';
import { CopyButton } from './copy-button';
import { StatusTag, type TagTone } from './status-tag';

const SEVERITY: Record<Severity, { label: string; tone: TagTone; icon: ReactElement }> = {
  error: { label: 'Error', tone: 'danger', icon: <DismissCircle16Filled /> },
  warning: { label: 'Warning', tone: 'warning', icon: <Warning16Filled /> },
  info: { label: 'Info', tone: 'informative', icon: <Info16Regular /> },
};

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}` },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  hidden: visuallyHidden,
  paragraph: { margin: 0, overflowWrap: 'anywhere' },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  steps: {
    overflowWrap: 'anywhere',
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  code: {
    display: 'block',
    marginBlock: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  codeRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalXS,
  },
  codeBody: { flexGrow: 1, flexShrink: 1, flexBasis: '14em', minWidth: 0 },
  recordHost: { display: 'block', marginTop: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  hostName: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  evidence: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  evidenceButton: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    minWidth: 0,
    maxWidth: '100%',
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  evidenceText: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  references: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

/** A readable link text for a long documentation URL: host and the last path segment (plus its anchor). */
function linkText(href: string): string {
  const url = new URL(href);
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  if (!last) return url.hostname;
  let readable = last;
  try {
    readable = decodeURIComponent(last);
  } catch {
    // A malformed escape stays as written.
  }
  return `${url.hostname} › ${readable}${url.hash}`;
}

/** Where a DNS record goes, said before its value: DNS consoles ask for the name and the value apart. */
const RECORD_AT: Partial<Record<FixCode['kind'], string>> = {
  'dns-txt': 'TXT record at',
  'dns-cname': 'CNAME record at',
};

function FixStep({ step }: { step: FixStepData }): ReactElement {
  const styles = useStyles();
  const { code } = step;
  const recordAt = code?.host === undefined ? undefined : RECORD_AT[code.kind];
  return (
    <li>
      <span>{step.text}</span>
      {code ? (
        <>
          {recordAt ? (
            <span className={styles.recordHost}>
              {recordAt} <span className={styles.hostName}>{code.host}</span>
            </span>
          ) : null}
          <span className={styles.codeRow}>
            <code className={mergeClasses(styles.code, styles.codeBody)}>{code.value}</code>
            <CopyButton
              text={code.value}
              what={code.value.length > 60 ? `${code.value.slice(0, 57)}…` : code.value}
            />
          </span>
        </>
      ) : null}
    </li>
  );
}

interface FindingCardProps {
  finding: Finding;
  index: number;
  onShowLine: (line: number) => void;
}

export function FindingCard({ finding, index, onShowLine }: FindingCardProps): ReactElement {
  const styles = useStyles();
  const severity = SEVERITY[finding.severity] ?? SEVERITY.info;
  const headingId = `finding-${index}-title`;
  return (
    <article className={mergeClasses(styles.card, styles[finding.severity])} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.title}>
        {finding.title}
      </h3>
      <div className={styles.tags}>
        <StatusTag tone={severity.tone} icon={severity.icon}>
          {severity.label}
        </StatusTag>
        <StatusTag
          appearance="outline"
          tone="brand"
          icon={<Person16Regular />}
          title={OWNER_DESCRIPTIONS[finding.owner]}
        >
          <span className={styles.hidden}>Who acts: </span>
          {OWNER_LABELS[finding.owner] ?? finding.owner}
        </StatusTag>
      </div>
      <p className={styles.paragraph}>{finding.explanation}</p>
      {finding.dns ? <p className={styles.paragraph}>{dnsStateLine(finding.dns)}</p> : null}
      {finding.fixSteps.length > 0 ? (
        <>
          <h4 id={`${headingId}-fix`} className={styles.subheading}>
            How to fix
          </h4>
          <ol className={styles.steps} aria-labelledby={`${headingId}-fix`}>
            {finding.fixSteps.map((step, stepIndex) => (
              <FixStep key={stepIndex} step={step} />
            ))}
          </ol>
        </>
      ) : null}
      {finding.evidence.length > 0 ? (
        <>
          <h4 id={`${headingId}-evidence`} className={styles.subheading}>
            Evidence
          </h4>
          <ul className={styles.evidence} aria-labelledby={`${headingId}-evidence`}>
            {finding.evidence.map((evidence, evidenceIndex) => (
              <li key={evidenceIndex}>
                <ActionButton
                  appearance="transparent"
                  size="small"
                  className={styles.evidenceButton}
                  onClick={() => onShowLine(evidence.line)}
                  title="Show this line in the raw headers"
                >
                  <span className={styles.evidenceText}>
                    Line {evidence.line} · {evidence.header}: {evidence.text}
                  </span>
                </ActionButton>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {finding.references.length > 0 ? (
        <>
          <h4 id={`${headingId}-references`} className={styles.subheading}>
            Learn more
          </h4>
          <ul className={styles.references} aria-labelledby={`${headingId}-references`}>
            {finding.references.map((reference, referenceIndex) => {
              const href = safeHref(reference);
              return (
                <li key={referenceIndex}>
                  {href ? (
                    <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
                      {linkText(href)}
                    </a>
                  ) : (
                    <span>{reference}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </article>
  );
}
