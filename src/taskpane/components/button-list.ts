/** A list of buttons laid out as a wrapping row without bullets: the samples, a file's messages. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useButtonListStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
});
