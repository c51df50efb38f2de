/** Formatting of integer amounts the Indonesian way: dot as thousands separator, no decimals. */

function toBigInt(value: bigint | number): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format non-finite number: ${value}`);
  // Round half away from zero, so -2.5 and 2.5 are symmetric.
  return BigInt(Math.sign(value) * Math.round(Math.abs(value)));
}

/** 1234567n → "1.234.567"; -5000 → "-5.000". Non-integer numbers are rounded. */
export function formatNumber(value: bigint | number): string {
  const n = toBigInt(value);
  const digits = (n < 0n ? -n : n).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ".");
  return n < 0n ? `-${grouped}` : grouped;
}

/** 12500000n → "Rp12.500.000"; -5000 → "-Rp5.000". */
export function formatRupiah(value: bigint | number): string {
  const n = toBigInt(value);
  const body = `Rp${formatNumber(n < 0n ? -n : n)}`;
  return n < 0n ? `-${body}` : body;
}
