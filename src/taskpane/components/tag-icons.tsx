/** The tags' icons as React elements, by the names pane-words.ts gives them. */
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  Info16Regular,
  QuestionCircle16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { TagIconName } from '../pane-words';

export const TAG_ICONS: Record<TagIconName, ReactElement> = {
  CheckmarkCircle16Filled: <CheckmarkCircle16Filled />,
  DismissCircle16Filled: <DismissCircle16Filled />,
  Info16Regular: <Info16Regular />,
  QuestionCircle16Regular: <QuestionCircle16Regular />,
  Warning16Filled: <Warning16Filled />,
};
