/**
 * A logistic-regression model over named sparse features: p = σ(bias + Σ wᵢ·xᵢ). Scoring is one map
 * look-up per feature; the explanation is the list of features by contribution wᵢ·xᵢ.
 */
import { z } from 'zod';
import type { Features } from '#shared/model/features.ts';

export const ModelFileSchema = z.object({
  format: z.literal('recruitwatch-linear-v1'),
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
  private readonly bias: number;
  private readonly weights: Map<string, number>;

  constructor(file: ModelFile) {
    this.version = file.version;
    this.threshold = file.threshold;
    this.highAt = file.highAt;
    this.bias = file.bias;
    this.weights = new Map(Object.entries(file.weights));
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
