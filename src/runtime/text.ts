/** Splits text on backtick code spans: [isCode, text] pairs. An unpaired backtick stays text. */
export function splitCode(value: string): [boolean, string][] {
  const parts: [boolean, string][] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
    if (m.index > last) parts.push([false, value.slice(last, m.index)]);
    parts.push([true, m[1]!]);
    last = m.index + m[0].length;
  }
  if (last < value.length) parts.push([false, value.slice(last)]);
  return parts;
}
