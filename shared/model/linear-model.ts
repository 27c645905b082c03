/**
 * A logistic-regression model over named sparse features: p = σ(bias + Σ wᵢ·xᵢ). Weights are kept by
 * name (for named features and explanations) and by key in an open-addressed table (for the scorer,
 * which hashes tokens straight from the text, see hash.ts); the explanation is the list of features
 * by contribution wᵢ·xᵢ.
 */
import { z } from 'zod';
import type { Features } from '#shared/model/features.ts';
import { keyOf, slotOf } from '#shared/model/hash.ts';

export const ModelFileSchema = z.object({
  /** v2: character unigram/bigram text features keyed by hash.ts (v1 used Intl.Segmenter words). */
  format: z.literal('recruitwatch-linear-v2'),
  /** Content hash of the weights: identifies the model in notes and the ruleset version. */
  version: z.string().min(1),
  /** The probability at or above which the rule reports a finding. */
  threshold: z.number().min(0).max(1),
  /** The probability at or above which the finding is `high` rather than `medium`. */
  highAt: z.number().min(0).max(1),
  bias: z.number().finite(),
  /** Training sources, for the model card. */
  sources: z.array(z.string()),
  weights: z.record(z.string(), z.number().finite()),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

export interface Contribution {
  feature: string;
  value: number;
}

export interface Score {
  probability: number;
  /** Features that pushed towards fraud, largest first. */
  drivers: Contribution[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export class LinearModel {
  readonly version: string;
  readonly threshold: number;
  readonly highAt: number;
  readonly bias: number;
  private readonly weights: Map<string, number>;
  /** Open-addressed table, slot i = (key at 2i, weight at 2i + 1): one cache line per probe. */
  private readonly keys: Int32Array;
  private readonly values: Float32Array;
  private readonly mask: number;

  constructor(file: ModelFile) {
    this.version = file.version;
    this.threshold = file.threshold;
    this.highAt = file.highAt;
    this.bias = file.bias;
    // Weights are used at float32 precision on both paths (by key and by name), so they agree exactly.
    this.weights = new Map(Object.entries(file.weights).map(([k, w]) => [k, Math.fround(w)]));
    let size = 16;
    while (size < this.weights.size * 2) size *= 2;
    const table = new ArrayBuffer(size * 8);
    this.keys = new Int32Array(table);
    this.values = new Float32Array(table);
    this.mask = size - 1;
    const owner = new Map<number, string>();
    for (const [name, w] of this.weights) {
      const key = keyOf(name);
      const other = owner.get(key);
      if (other !== undefined) throw new ModelFormatError(`features "${other}" and "${name}" share key ${key}`);
      owner.set(key, name);
      let s = slotOf(key, this.mask);
      while (this.keys[2 * s] !== 0) s = (s + 1) & this.mask;
      this.keys[2 * s] = key;
      this.values[2 * s + 1] = w;
    }
  }

  static parse(data: unknown): LinearModel {
    const parsed = ModelFileSchema.safeParse(data);
    if (!parsed.success)
      throw new ModelFormatError(`invalid model file: ${parsed.error.message}`, { cause: parsed.error });
    return new LinearModel(parsed.data);
  }

  get size(): number {
    return this.weights.size;
  }

  weight(feature: string): number {
    return this.weights.get(feature) ?? 0;
  }

  /** The weight of the feature whose key (hash.ts) is `key`, or 0. */
  weightOfKey(key: number): number {
    const keys = this.keys;
    let s = slotOf(key, this.mask);
    for (;;) {
      const k = keys[2 * s];
      if (k === key) return this.values[2 * s + 1] as number;
      if (k === 0) return 0;
      s = (s + 1) & this.mask;
    }
  }

  probability(features: Features): number {
    let z = this.bias;
    for (const [k, v] of features.values) {
      const w = this.weights.get(k);
      if (w !== undefined) z += w * v;
    }
    return sigmoid(z);
  }

  score(features: Features, topK = 5): Score {
    let z = this.bias;
    const contrib: Contribution[] = [];
    for (const [k, v] of features.values) {
      const w = this.weights.get(k);
      if (w === undefined) continue;
      z += w * v;
      if (w > 0) contrib.push({ feature: k, value: w * v });
    }
    contrib.sort((a, b) => b.value - a.value || (a.feature < b.feature ? -1 : 1));
    return { probability: sigmoid(z), drivers: contrib.slice(0, topK) };
  }
}
