/**
 * Header blocks as Outlook hands them over: getAllInternetHeadersAsync returns CRLF line ends, so
 * fixtures (stored with LF) are converted before the fake host delivers them.
 */
export const crlf = (text) => text.replace(/\r?\n/g, '\r\n');
