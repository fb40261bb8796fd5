/**
 * A small status label: icon + text + tone colour (never colour alone). Styled from Fluent's tokens the
 * way Fluent's Badge is, but without its full matrix of sizes/shapes/appearances, which would cost the
 * React pane several KB for three combinations.
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { statusTagStyles, type TagAppearance, type TagTone } from './status-tag.styles';

export type { TagTone } from './status-tag.styles';

const useStyles = makeStyles(statusTagStyles);

interface StatusTagProps {
  tone: TagTone;
  appearance?: TagAppearance;
  size?: 'medium' | 'large';
  icon?: ReactElement;
  title?: string;
  children: ReactNode;
}

export function StatusTag({
  tone,
  appearance = 'tint',
  size = 'medium',
  icon,
  title,
  children,
}: StatusTagProps): ReactElement {
  const styles = useStyles();
  return (
    <span
      className={mergeClasses(styles.root, size === 'large' && styles.large, styles[`${appearance}-${tone}`])}
      title={title}
    >
      {icon ? (
        <span className={styles.icon} aria-hidden>
          {icon}
        </span>
      ) : null}
      <span>{children}</span>
    </span>
  );
}
