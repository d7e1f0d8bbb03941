/**
 * Characters a name must not hold (issue 15). Policy: Unicode bidirectional controls (RLO,
 * LRO, isolates, marks) make a name display differently from what is stored — `‮4321` shows
 * as `1234…` — so a receipt, a permit or the audit log could show one name and hold another.
 * Names of people, payers and operators refuse them; other zero-width controls too.
 */

// U+200B–U+200F (zero-width, LRM/RLM), U+202A–U+202E (embeddings, overrides),
// U+2066–U+2069 (isolates), U+FEFF (BOM).
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** Whether `text` holds a bidirectional or zero-width control character. */
export function hasBidiControl(text: string): boolean {
  return CONTROLS.test(text);
}

export const BIDI_CONTROL_MESSAGE =
  '姓名含有不可见的控制字符（如从网页复制时带入），请删除后重新输入';
