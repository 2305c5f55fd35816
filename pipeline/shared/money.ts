/** Money amounts as printed in pay tables: "$2,206.92", "$13.581", "10,450.00". */

const MONEY = /\$?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;
export const MONEY_SOURCE = String.raw`\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

export function parseMoney(text: string): number | undefined {
  const match = MONEY.exec(text.trim());
  if (!match?.[1]) return undefined;
  const whole = match[1].replaceAll(",", "");
  const value = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
  return Number.isFinite(value) ? value : undefined;
}

/** Rounds to cents, for comparisons. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
