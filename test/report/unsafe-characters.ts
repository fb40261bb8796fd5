/**
 * Characters a terminal or a bidi-aware viewer acts on, found in `text` (line feed excepted: reports
 * are multi-line). A code-point scan rather than a regex of control characters, which lint forbids.
 */
export function unsafeCharacters(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      (code < 0x20 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}
