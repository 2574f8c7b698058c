/**
 * A note mark after a figure: "1.234(*)", "5.678¹", "75 (**)", "97,38%(1)". Offices put them on figures that
 * a footnote explains; the figure is still the number before the mark, and the mark is kept for the message.
 */
const MARK = /^(.*?[\d%])\s*(\(\s*\*{1,3}\s*\)|\*{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\(\s*\d{1,2}\s*\)|\(\s*[a-z]\s*\))$/u;

/** The figure's text and its mark, or undefined when the text ends in no mark. */
export function splitNoteMark(text: string): { figure: string; mark: string } | undefined {
  const m = MARK.exec(text.trim());
  return m ? { figure: m[1]!, mark: m[2]!.replace(/\s+/g, '') } : undefined;
}
