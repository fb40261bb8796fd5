/** Header-derived names as the reader should see them: Unicode form, invisible characters made visible. */
import { domainToUnicode } from '../../parser/punycode';
import { showInvisible } from '../safe-values';

/** A domain for a sentence: its Unicode form, with the ASCII form beside it when they differ. */
export function shownDomain(domain: string): string {
  const unicode = showInvisible(domainToUnicode(domain));
  return unicode === domain ? domain : `${unicode} (${domain})`;
}

/** Any header text for a sentence: bidi, zero-width and control characters shown as ⟨U+XXXX⟩. */
export function shownText(text: string): string {
  return showInvisible(text);
}
