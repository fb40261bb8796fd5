/**
 * The pane's shell: connects to the host (Outlook or none), follows its theme and shows the mailbox
 * or standalone view. `connect` is injected so tests can hand in a fake MailboxHost.
 */
import { FluentProvider, makeStaticStyles, makeStyles } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useRef, useState, type ReactElement } from 'react';
import type { Handover } from './handover';
import type { HostConnection, ThemeKind } from './mailbox';
import { Loading } from './components/loading';
import { MailboxPane } from './components/mailbox-pane';

// Inside Outlook the paste/file tools are not needed for the first diagnosis: load them only standalone.
const StandalonePane = lazy(
  () => import(/* webpackChunkName: "standalone" */ './components/standalone-pane'),
);
import { useAppearance } from './theme';
import { appStyles, pageStyles } from './app.styles';
import { CONNECTING_STATUS, PANE_TITLE } from './pane-words';

const useGlobalStyles = makeStaticStyles(pageStyles);

const useStyles = makeStyles(appStyles);

interface AppProps {
  connect: () => Promise<HostConnection>;
  /** Where the first view already is (its connection, its read of the item): the first render starts there. */
  handover?: Handover;
  /** How long to wait for Outlook's answer before saying it did not answer (tests shorten it). */
  hostAnswerTimeoutMs?: number;
}

export function App({ connect, handover, hostAnswerTimeoutMs }: AppProps): ReactElement {
  useGlobalStyles();
  const styles = useStyles();
  const [connection, setConnection] = useState<HostConnection | null>(handover?.connection ?? null);
  const [officeTheme, setOfficeTheme] = useState<ThemeKind | null>(() =>
    handover?.connection.mode === 'mailbox' ? handover.connection.host.getTheme() : null,
  );

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
        <h1 className={styles.title}>{PANE_TITLE}</h1>
        {connection === null ? (
          <Loading label={CONNECTING_STATUS} />
        ) : !themeSettled.current ? (
          // The dark or high-contrast theme is a few milliseconds away: nothing is shown in the wrong one.
          <Loading label="Loading…" />
        ) : connection.mode === 'mailbox' ? (
          <MailboxPane
            host={connection.host}
            answerTimeoutMs={hostAnswerTimeoutMs}
            firstRead={handover?.firstRead ?? null}
          />
        ) : (
          <Suspense fallback={<Loading label="Loading…" />}>
            <StandalonePane reason={connection.reason} />
          </Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
