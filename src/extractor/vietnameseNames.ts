/**
 * Vietnamese personal names: family name, middle name, given name ("Nguyen Van An", "Le Quang
 * Huy", "Do Thi Hoa"). The given name is the one used alone ("Mr An"), and the family or given
 * name may be an English word that opens sentences ("Le", "Do", "An"), which would cut the run;
 * a family name from the common ones followed by a common middle name tells the three words are
 * one name. (Lists: the commonest family and middle names, written with and without diacritics.)
 */
import type { Token } from './text';

const FAMILY = new Set(['nguyen', 'nguyễn', 'tran', 'trần', 'le', 'lê', 'pham', 'phạm', 'hoang', 'hoàng', 'huynh', 'huỳnh', 'phan', 'vu', 'vũ', 'vo', 'võ', 'dang', 'đặng', 'bui', 'bùi', 'do', 'đỗ', 'ho', 'hồ', 'ngo', 'ngô', 'duong', 'dương', 'ly', 'lý', 'truong', 'trương', 'dinh', 'đinh', 'trinh', 'trịnh', 'luong', 'lương']);
const MIDDLE = new Set(['van', 'văn', 'thi', 'thị', 'duc', 'đức', 'quang', 'ngoc', 'ngọc', 'thanh', 'huu', 'hữu', 'xuan', 'xuân', 'minh', 'hong', 'hồng', 'dinh', 'đình', 'cong', 'công', 'nhat', 'nhật', 'quoc', 'quốc', 'thuy', 'thúy', 'thu', 'trong', 'trọng', 'tien', 'tiến', 'manh', 'mạnh', 'khac', 'khắc', 'viet', 'việt', 'tuan', 'tuấn', 'hoai', 'hoài']);

const capWord = (t: Token | undefined): boolean => !!t && t.cap && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/** Whether tokens `i`, `i + 1` are a Vietnamese family and middle name with a capitalised given name after them ("Nguyen Van | An"). */
export function vietnameseNameAt(tokens: Token[], i: number, to: number): boolean {
  return i + 2 < to && capWord(tokens[i]) && FAMILY.has(tokens[i].lower) && capWord(tokens[i + 1]) && MIDDLE.has(tokens[i + 1].lower) && capWord(tokens[i + 2]);
}

/** Whether a name's words are a Vietnamese family, middle and given name ("Le Quang Huy"), whose "Le" or "Van" is no particle of a surname. */
export function isVietnameseName(words: string[]): boolean {
  return words.length === 3 && FAMILY.has(words[0].toLowerCase()) && MIDDLE.has(words[1].toLowerCase());
}
