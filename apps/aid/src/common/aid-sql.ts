/** `,a,b,` — a list kept in one text column so a LIKE '%,a,%' filter finds records holding `a`. */
export function tagList(values: readonly string[]): string {
  return values.length ? `,${[...new Set(values)].join(',')},` : '';
}
