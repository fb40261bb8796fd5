/**
 * The pane's shell: connects to the host (Outlook or none), follows its theme and shows the mailbox
 * or standalone view. `connect` is injected so tests can hand in a fake MailboxHost.
 */
import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useRef, useState, type ReactElement } from 'react';
import type { HostConnection, ThemeKind } from './mailbox';
import { Loading } from './components/loading';
import { MailboxPane } from './components/mailbox-pane';

// Inside Outlook the paste/file tools are not needed for the first diagnosis: load them only standalone.
// (The mailbox view stays in the first bundle with the engine and the diagnosis view it needs at once.)
const StandalonePane = lazy(
  () => import(/* webpackChunkName: "standalone" */ './components/standalone-pane'),
);
import { useAppearance } from './theme';

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '60em',
    marginInline: 'auto',
    boxSizing: 'border-box',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // Header text is attacker-controlled: a token of any length, with no break opportunity, must wrap
    // rather than widen the pane. Inherited, so it reaches every header-derived string the pane prints.
    overflowWrap: 'anywhere',
    '& :focus-visible': { outlineOffset: '2px' },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface AppProps {
  connect: () => Promise<HostConnection>;
  /** How long to wait for Outlook's answer before saying it did not answer (tests shorten it). */
  hostAnswerTimeoutMs?: number;
}

export function App({ connect, hostAnswerTimeoutMs }: AppProps): ReactElement {
  useGlobalStyles();
  const styles = useStyles();
  const [connection, setConnection] = useState<HostConnection | null>(null);
  const [officeTheme, setOfficeTheme] = useState<ThemeKind | null>(null);

  useEffect(() => {
    let active = true;
    void connect().then((result) => {
      if (!active) return;
      // Read Office's theme with the connection, in the same render: content never appears in the wrong one.
      if (result.mode === 'mailbox') setOfficeTheme(result.host.getTheme());
      setConnection(result);
    });
    return () => {
      active = false;
    };
  }, [connect]);

  useEffect(() => {
    if (connection?.mode !== 'mailbox') return undefined;
    return connection.host.onThemeChanged(setOfficeTheme);
  }, [connection]);

  const appearance = useAppearance(officeTheme);
  // Wait for the wanted theme only before the first content: a later theme change must not unmount the
  // pane (and drop what it shows) while the other theme loads.
  const themeSettled = useRef(false);
  if (connection !== null && appearance.ready) themeSettled.current = true;

  return (
    <FluentProvider theme={appearance.theme} className={styles.provider} data-theme={appearance.name}>
      <main className={styles.main} aria-busy={!appearance.ready}>
        <h1 className={styles.title}>Auth Doctor</h1>
        {connection === null ? (
          <Loading label="Connecting to Outlook…" />
        ) : !themeSettled.current ? (
          // The dark or high-contrast theme is a few milliseconds away: nothing is shown in the wrong one.
          <Loading label="Loading…" />
        ) : connection.mode === 'mailbox' ? (
          <MailboxPane host={connection.host} answerTimeoutMs={hostAnswerTimeoutMs} />
        ) : (
          <Suspense fallback={<Loading label="Loading…" />}>
            <StandalonePane reason={connection.reason} />
          </Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
