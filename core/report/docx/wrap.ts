/**
 * Balanced line breaks for the centred titles (the trích yếu, an appendix's title), chosen here rather than left to
 * the reader: Word, LibreOffice and Google Docs each wrap a long line in their own place, and a title whose last
 * line is "năm 2024" alone looks unfinished. So the text is broken into the fewest lines that fit, the lines made as
 * even as possible, the last one at least three words long, and each line is written as its own paragraph.
 *
 * Where to break: best after a comma or semicolon, or before a word that opens a phrase ("của", "về", "và", "năm",
 * …); never inside a date ("tháng / 3", "3 / năm 2024", "năm / 2024"). Vietnamese writes words of several
 * syllables with spaces, so a break elsewhere may split a word ("phương / hướng"): such breaks cost as much as a
 * good deal of imbalance and are taken only when nothing better fits.
 */
import { textWidthTwips, type FontStyle } from './units';

/** Words before which a line may well begin (lower case). */
const PHRASE_WORDS = new Set(['của', 'về', 'và', 'năm', 'tháng', 'theo', 'trong', 'tại', 'trên', 'đối', 'nhằm', 'để', 'giai', 'quý', 'đến', 'từ']);
/** Words that take the number after them: never broken from it. */
const NUMBERED = new Set(['tháng', 'năm', 'quý', 'ngày', 'số', 'kỳ', 'lần', 'đợt', 'khóa', 'khoá', 'giai']);
/** Words a number is never broken from when they follow it ("3 năm 2024", "6 tháng đầu năm"). */
const AFTER_NUMBER = new Set(['năm', 'tháng', 'quý', 'ngày', 'tuần']);
/**
 * Words of two syllables the reports' titles use: a break between their syllables splits a word, and is taken only
 * when there is no other way.
 */
const COMPOUNDS = new Set(
  [
    'báo cáo',
    'cải cách',
    'hành chính',
    'thủ tục',
    'công tác',
    'kết quả',
    'tình hình',
    'phương hướng',
    'nhiệm vụ',
    'thực hiện',
    'giải quyết',
    'trách nhiệm',
    'hiệu quả',
    'tăng cường',
    'nâng cao',
    'ủy ban',
    'uỷ ban',
    'nhân dân',
    'kiểm soát',
    'một cửa',
    'liên thông',
    'cơ chế',
    'dịch vụ',
    'trực tuyến',
    'chỉ số',
    'chính phủ',
    'điện tử',
    'số hóa',
    'số hoá',
    'hồ sơ',
    'tiếp nhận',
    'trả kết',
    'công khai',
    'minh bạch',
    'phục vụ',
    'người dân',
    'doanh nghiệp',
    'đánh giá',
    'chất lượng',
    'hài lòng',
    'văn bản',
    'quy phạm',
    'pháp luật',
    'tổ chức',
    'bộ máy',
    'công chức',
    'viên chức',
    'cán bộ',
    'công vụ',
    'tài chính',
    'công',
    'chính quyền',
    'hiện đại',
    'kế hoạch',
    'triển khai',
    'chỉ đạo',
    'điều hành',
    'thông tin',
    'tuyên truyền',
    'đầu năm',
    'cuối năm',
    'thành phố',
    'thị xã',
    'thị trấn',
    'phụ lục',
    'tổng hợp',
    'lĩnh vực',
    'đúng hạn',
    'quá hạn',
    'trước hạn',
    'sớm hạn',
  ].filter((w) => w.includes(' ')),
);
/** The most lines tried beyond the fewest that fit, to satisfy the rules above. */
const EXTRA_LINES = 2;
/** Room kept for the estimate's error and the reader's own rounding. */
const SAFETY = 0.98;
/** The last line's fewest words. */
const MIN_LAST_WORDS = 3;

const lower = (w: string) => w.normalize('NFC').toLowerCase();
const isNumber = (w: string) => /^[(]?\d/.test(w);

/** Whether a line may break between words[k - 1] and words[k]. */
function breakAllowed(words: readonly string[], k: number): boolean {
  const before = lower(words[k - 1] ?? '');
  const after = lower(words[k] ?? '');
  if (NUMBERED.has(before) && isNumber(after)) return false;
  if (isNumber(before) && !/[,;:.]$/.test(before) && AFTER_NUMBER.has(after)) return false;
  return true;
}

/** Whether the break before words[k] falls between the two syllables of a known word. */
function splitsWord(words: readonly string[], k: number): boolean {
  return COMPOUNDS.has(`${lower(words[k - 1] ?? '')} ${lower(words[k] ?? '').replace(/[,;:.)]+$/, '')}`);
}

/** Whether the break before words[k] is a good one (no penalty). */
function goodBreak(words: readonly string[], k: number): boolean {
  return /[,;:)]$/.test(words[k - 1] ?? '') || PHRASE_WORDS.has(lower(words[k] ?? '').replace(/^[("“]/, ''));
}

/** Greedy wrap: the fewest lines that fit (each line as word indices [start, end)). */
function greedyLines(widths: readonly number[], space: number, max: number): number {
  let lines = 1;
  let current = 0;
  widths.forEach((w, i) => {
    if (i === 0) current = w;
    else if (current + space + w <= max) current += space + w;
    else {
      lines += 1;
      current = w;
    }
  });
  return lines;
}

/**
 * The text in balanced lines at most `width` twips wide at `sizePt` and `style`. Text that fits on one line is one
 * line. When no split meets the rules, the text is returned as one line and the reader wraps it.
 */
export function balanceLines(text: string, width: number, sizePt: number, style: FontStyle = {}): string[] {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return [];
  const max = width * SAFETY;
  if (textWidthTwips(trimmed, sizePt, style) <= max) return [trimmed];
  const words = trimmed.split(' ');
  const n = words.length;
  const widths = words.map((w) => textWidthTwips(w, sizePt, style));
  const space = textWidthTwips(' ', sizePt, style);
  const prefix = [0];
  for (const w of widths) prefix.push((prefix[prefix.length - 1] ?? 0) + w);
  const lineWidth = (i: number, j: number) => (prefix[j] ?? 0) - (prefix[i] ?? 0) + (j - i - 1) * space;
  const penalty = (0.25 * width) ** 2;
  const fewest = greedyLines(widths, space, max);

  // The fewest lines first; one more line is worth it only to avoid splitting a word or a poor break.
  let best: { cost: number; lines: string[] } | undefined;
  const start = Math.max(2, fewest);
  for (let m = start; m <= start + EXTRA_LINES && m <= n; m += 1) {
    const mean = (lineWidth(0, n) - (m - 1) * space) / m;
    // cost[l][j]: the least cost of words[0, j) in l lines; from[l][j]: where the last of those lines starts.
    const cost: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY));
    const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
    cost[0]![0] = 0;
    for (let l = 1; l <= m; l += 1) {
      for (let j = 1; j <= n; j += 1) {
        if (j < n && !breakAllowed(words, j)) continue;
        if (l === m && j !== n) continue;
        for (let i = j - 1; i >= l - 1; i -= 1) {
          const w = lineWidth(i, j);
          if (w > max) break;
          if (l === m && j - i < Math.min(MIN_LAST_WORDS, n - (m - 1))) continue;
          const prev = cost[l - 1]![i]!;
          if (!Number.isFinite(prev)) continue;
          const c = prev + (w - mean) ** 2 + (i === 0 ? 0 : splitsWord(words, i) ? 4 * penalty : goodBreak(words, i) ? 0 : penalty);
          if (c < cost[l]![j]!) {
            cost[l]![j] = c;
            from[l]![j] = i;
          }
        }
      }
    }
    const total = cost[m]![n]! + (m - start) * 2 * penalty;
    if (!Number.isFinite(total) || (best && best.cost <= total)) continue;
    const lines: string[] = [];
    let j = n;
    for (let l = m; l >= 1; l -= 1) {
      const i = from[l]![j]!;
      lines.unshift(words.slice(i, j).join(' '));
      j = i;
    }
    best = { cost: total, lines };
  }
  if (best) return best.lines;
  return [trimmed];
}
