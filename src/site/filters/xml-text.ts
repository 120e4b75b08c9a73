// Text that goes into XML (feeds, sitemap): characters XML 1.0 forbids are removed
// (https://www.w3.org/TR/xml/#charsets), and CDATA sections are split so that a `]]>` in the
// content cannot end them early.
/** Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, surrogates, U+FFFE/F. */
const XML_ILLEGAL_RE = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const CDATA_END_RE = /]]>/g;

export function xmlText(value: unknown): string {
  return String(value ?? "").replace(XML_ILLEGAL_RE, "");
}

/** `<![CDATA[…]]>` holding `value` exactly (minus XML-illegal characters). */
export function cdata(value: unknown): string {
  return `<![CDATA[${xmlText(value).replace(CDATA_END_RE, "]]]]><![CDATA[>")}]]>`;
}
