/**
 * The participants box as typed: one person a line, `房号 姓名 电话` with unit and phone
 * optional (a first word with a digit and a dash is the unit, a last word of digits the phone).
 */
export function parseParticipants(
  text: string,
): { name: string; unitCode?: string; phone?: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .map((words) => {
      const unitCode = /\d/.test(words[0]!) && words.length > 1 ? words.shift() : undefined;
      const last = words[words.length - 1];
      const phone = words.length > 1 && last && /^\d{7,}$/.test(last) ? words.pop() : undefined;
      return {
        name: words.join(' '),
        ...(unitCode ? { unitCode } : {}),
        ...(phone ? { phone } : {}),
      };
    });
}
