/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource).
 * `parseQuantity` accepts what `resource.ParseQuantity` accepts and returns the
 * value in base units (cores, bytes, count) as a number, or undefined when the
 * API server would fail to decode it.
 */

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

// The number, then the suffix (resource/quantity.go `splitRE` and parseQuantityString).
const QUANTITY = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([eEinumkKMGTP]*[-+]?[0-9]*)$/;

export function parseQuantity(input: unknown): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? input : undefined;
  if (typeof input !== "string") return undefined;
  const text = input.trim();
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const num = Number(m[1]);
  const suffix = m[2]!;
  if (suffix in BINARY) return num * BINARY[suffix]!;
  if (suffix in DECIMAL) return num * DECIMAL[suffix]!;
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  if (exp) return num * 10 ** Number(exp[1]);
  return undefined;
}

export function isQuantity(input: unknown): boolean {
  return parseQuantity(input) !== undefined;
}

/**
 * What an invalid quantity was meant to be, the likeliest first: `200MB` is
 * 200M (megabytes are decimal; 200Mi is the other reading), `1 Gi` is 1Gi,
 * `2 cores` is 2. Empty when nothing near is a quantity.
 */
export function quantityReadings(input: string): string[] {
  const text = input.trim();
  const unit = /^([+-]?[0-9.]+)\s*([A-Za-z]+)$/.exec(text);
  if (unit) {
    const [, num, suffix] = unit as unknown as [string, string, string];
    const s = suffix.toLowerCase();
    const map: Record<string, string[]> = {
      kb: ["k", "Ki"], kib: ["Ki"], mb: ["M", "Mi"], mib: ["Mi"], gb: ["G", "Gi"], gib: ["Gi"],
      tb: ["T", "Ti"], tib: ["Ti"], pb: ["P", "Pi"], eb: ["E", "Ei"], b: [""], bytes: [""],
      cores: [""], core: [""], cpu: [""], cpus: [""], mi: ["Mi"], gi: ["Gi"], ki: ["Ki"],
    };
    const choices = map[s] ?? (s === "ti" ? ["Ti"] : undefined);
    if (choices) {
      const options = choices.map((c) => `${num}${c}`).filter((c) => isQuantity(c));
      if (options.length > 0) return options;
    }
  }
  const spaced = text.replace(/\s+/g, "");
  return spaced !== text && isQuantity(spaced) ? [spaced] : [];
}

/** The readings of an invalid quantity as a hint: `"200M" or "200Mi"`. */
export function suggestQuantity(input: string): string | undefined {
  const readings = quantityReadings(input);
  return readings.length > 0 ? readings.map((o) => `"${o}"`).join(" or ") : undefined;
}

/** Milli-units rounded up, as the API server stores quantities (defaults.go rounds to milli). */
export function toMilli(value: number): number {
  return Math.ceil(Math.round(value * 1e6) / 1e3);
}
