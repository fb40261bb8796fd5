/** The "working on it" line's look, shared by the React Loading and the first view (first-view/). */
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-theme';

export const loadingStyles = {
  root: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
} satisfies Record<string, GriffelStyle>;
