/** Lower-case without diacritics (đ too), so "ha noi" finds "Hà Nội" as the server's search does. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function matchesFolded(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle.trim()));
}
