/**
 * A date, a time or a count in running Chinese text ("2026年12月16日星期三", "还有 10 天") wraps
 * as one piece: a line may break before or after it, not inside it — unless the piece alone is
 * wider than the line (a long date at 200% text), which then wraps rather than scroll sideways.
 */
const UNBREAKABLE = /\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日])?|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?|\d+(?:[.,]\d+)* ?(?:天|条|次|张|个月|元|号)/g;

export function KeepTogether({ text }: { text: string }) {
  const parts: (string | { whole: string })[] = [];
  let from = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    parts.push(text.slice(from, match.index), { whole: match[0] });
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : (
      <span key={i} className="whole-date">
        {part.whole}
      </span>
    ),
  );
}
