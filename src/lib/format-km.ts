/**
 * A distance in km with at most `fractionDigits` decimals, grouped as Dutch or English readers
 * write it (nl 1.234,5 · en 1,234.5): the same text as Intl.NumberFormat. Not Intl itself, for
 * one number on the start view: its first use in a page loads the locale's number data, ~35 ms
 * on a slow machine, in the very render that competes with the map's start.
 */
export function formatKm(km: number, language: string, fractionDigits: 0 | 1 = 1): string {
  // Distances are ≥ 0; below a millimetre String() would switch to exponent notation.
  const value = km < 1e-6 ? 0 : km;
  // Intl rounds the number as it is written (0.15, not the binary 0.1499…), halves up: so does
  // shifting the decimal point in the text.
  const rounded = Number(`${Math.round(Number(`${value}e${fractionDigits}`))}e-${fractionDigits}`);
  const [whole = '0', fraction = ''] = rounded.toFixed(fractionDigits).split('.');
  const [group, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${grouped}${decimal}${trimmed}` : grouped;
}
