/**
 * What each protocol concluded: SPF, every DKIM signature, DMARC, compauth (with its reason code and
 * meaning) and ARC, each with its result badge and, where it applies, alignment with the From domain.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Link16Regular, LinkDismiss16Regular, QuestionCircle16Regular } from '@fluentui/react-icons';
import type { ReactElement, ReactNode } from 'react';
import { arcReported, arcSealFacts } from '../../report/arc-facts';
import type { AuthSummary } from '../../rules/diagnosis';
import { ResultBadge } from './result-badge';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '5.5em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'start',
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  detail: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  facts: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  alignment: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

function Alignment({ aligned }: { aligned: boolean | null }): ReactElement {
  const styles = useStyles();
  if (aligned === true)
    return (
      <span className={styles.alignment}>
        <Link16Regular aria-hidden /> aligned with From
      </span>
    );
  if (aligned === false)
    return (
      <span className={styles.alignment}>
        <LinkDismiss16Regular aria-hidden /> not aligned with From
      </span>
    );
  return (
    <span className={styles.alignment}>
      <QuestionCircle16Regular aria-hidden /> alignment unknown
    </span>
  );
}

function Row({
  name,
  result,
  children,
}: {
  name: string;
  result: string | null;
  children?: ReactNode;
}): ReactElement {
  const styles = useStyles();
  return (
    <li className={styles.row}>
      <span className={styles.name}>{name}</span>
      <span className={styles.detail}>
        <span>{result === null ? <span>not reported</span> : <ResultBadge result={result} />}</span>
        {children ? <span className={styles.facts}>{children}</span> : null}
      </span>
    </li>
  );
}

function joinFacts(parts: ReactNode[]): ReactNode[] {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [' · ', part]));
}

export function ProtocolStrip({ auth }: { auth: AuthSummary }): ReactElement {
  const styles = useStyles();
  const { spf, dkim, dmarc, compauth, arc } = auth;
  return (
    <ul className={styles.list} aria-label="Protocol results">
      <Row name="SPF" result={spf?.result ?? null}>
        {spf
          ? joinFacts([
              ...(spf.domain ? [`MAIL FROM ${spf.domain}`] : []),
              ...(spf.ip ? [`IP ${spf.ip}`] : []),
              ...(spf.result === 'none' && spf.aligned === null
                ? []
                : [<Alignment key="a" aligned={spf.aligned} />]),
            ])
          : null}
      </Row>
      {dkim.length === 0 ? (
        <Row name="DKIM" result={null} />
      ) : (
        dkim.map((signature, index) => (
          <Row key={index} name={dkim.length > 1 ? `DKIM ${index + 1}` : 'DKIM'} result={signature.result}>
            {joinFacts([
              ...(signature.domain ? [`d=${signature.domain}`] : []),
              ...(signature.selector ? [`s=${signature.selector}`] : []),
              ...(signature.reason ? [signature.reason] : []),
              // An absent or unsigned result has nothing to align.
              ...(signature.result === 'none' && signature.aligned === null
                ? []
                : [<Alignment key="a" aligned={signature.aligned} />]),
            ])}
          </Row>
        ))
      )}
      <Row name="DMARC" result={dmarc?.result ?? null}>
        {dmarc
          ? joinFacts([
              ...(dmarc.fromDomain ? [`From ${dmarc.fromDomain}`] : []),
              ...(dmarc.policy ? [`policy p=${dmarc.policy}`] : []),
              ...(dmarc.action ? [`action ${dmarc.action}`] : []),
            ])
          : null}
      </Row>
      <Row name="compauth" result={compauth?.result ?? null}>
        {compauth
          ? joinFacts([
              ...(compauth.reason ? [`reason ${compauth.reason}`] : []),
              `${compauth.meaning}${compauth.documented ? '' : ' (undocumented code)'}`,
            ])
          : null}
      </Row>
      <Row name="ARC" result={arc ? arcReported(arc) : null}>
        {arc
          ? joinFacts([...(arc.reported ? [] : ['the receiver gave no ARC result']), ...arcSealFacts(arc)])
          : null}
      </Row>
    </ul>
  );
}
