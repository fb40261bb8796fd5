/** The diagnosis' column, shared by the React DiagnosisView and the first view (first-view/). */
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-theme';

export const diagnosisViewStyles = {
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
} satisfies Record<string, GriffelStyle>;
