/**
 * The words of the domain that the code recognises in labels, in one place: totals, periods, levels and the
 * administrative units' names. Each is matched on folded text (core/text/fold.ts: no case, no diacritics). The tables
 * stage, the roll-up and the report read these; none keeps a copy.
 */

/** Records that are totals: "Tổng cộng", "Cộng", "Lũy kế", "Cả năm", "Tổng cấp xã", "Toàn tỉnh"… */
export const TOTAL_LABEL =
  /^(?:(?:tong cong|tong so|cong|luy ke|ca nam|tong (?:toan|cap|cac|khoi|diem|chung|tinh|huyen|xa|phuong|thanh pho))(?: .*)?|tong|toan (?:huyen|tinh|xa|phuong|thi tran|thanh pho|thi xa|don vi|quoc|khu vuc|nganh)(?: .*)?)$/;

/** Records that are periods: "Tháng 7", "T7", "Quý I", "6 tháng", "07/2025", "Năm 2024". */
export const PERIOD_LABEL = /^(?:thang \d{1,2}|t ?\d{1,2}|quy [ivx\d]+|\d{1,2} thang|nam \d{4}|\d{1,2} \d{4}|ky \d+|tuan \d+)(?: .*)?$/;

/** Records that are levels of government or of the administration: "Cấp xã", "UBND huyện", "Sở, ban, ngành". */
export const LEVEL_LABEL = /(?:^| )(?:tinh|huyen|xa|phuong|thi tran|thanh pho|thi xa|quan|so nganh|so ban nganh)(?: |$)/;

/** Words before a unit's name that do not tell units apart ("UBND xã Mỹ An" is "Mỹ An"), folded. */
export const UNIT_NAME_PREFIXES = ['uy ban nhan dan', 'ubnd', 'xa', 'phuong', 'thi tran', 'dac khu'];

/** What follows the prefixes in a level's label ("Cấp xã", "Xã, phường, thị trấn"), not a unit's name. */
export const LEVEL_REST = /(?:^| )cap(?: |$)|^(?:tinh|huyen|xa|phuong|thi tran|thi xa|thanh pho|quan|dac khu)(?: |$)/;

/**
 * The kinds of administrative unit, as written. The order is the one a name is searched in for its unit word
 * (sentenceName: "ủy ban nhân dân thị xã hồng ngự" finds "thị xã" before "xã").
 */
export const UNIT_KINDS = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'đặc khu'] as const;

/** A record label that is a level by its unit word alone ("Xã", "Huyện", "Xã, phường, thị trấn"), folded. */
export const LEVEL_ALONE = /^(huyen|xa|tinh|phuong|thi tran|xa thi tran|xa phuong|xa phuong thi tran|thanh pho|thi xa)$/;

/**
 * Words the law changed, with the day the new ones apply: from 01/7/2026 (NĐ 224/2026/NĐ-CP in place of NĐ 42/2022,
 * domain-spec §8.1) online services are "toàn trình" and "một phần", never "mức độ 4" and "mức độ 3"; a report of an
 * earlier period keeps the words of its time.
 */
export const CHANGED_WORDS: readonly { from: RegExp; to: string; since: string }[] = [
  { from: /mức độ 4/giu, to: 'toàn trình', since: '2026-07-01' },
  { from: /mức độ 3/giu, to: 'một phần', since: '2026-07-01' },
];

/** A text in the words in force on `day` (ISO). */
export function wordsOf(day: string | undefined): (s: string) => string {
  const changes = day ? CHANGED_WORDS.filter((w) => day >= w.since) : [];
  return (s) => changes.reduce((t, w) => t.replace(w.from, w.to), s);
}
