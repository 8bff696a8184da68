/**
 * Lower-cases A–Z only. The lookup folds input and literals this way: it
 * keeps every string's length, so positions found in the folded text are
 * positions in the original.
 */
export const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
