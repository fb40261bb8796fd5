/** The dark and high-contrast themes, loaded only when the host or the system asks for them. */
export { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
