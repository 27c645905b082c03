/** Precision, recall and F1 of binary predictions, and grouped k-fold splits. */
import { createHash } from 'node:crypto';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function prf(pairs: readonly { fraud: boolean; p: number }[], threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { fraud, p } of pairs) {
    const flag = p >= threshold;
    if (flag && fraud) tp++;
    else if (flag) fp++;
    else if (fraud) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn, tn };
}

/** Fold 0..k-1 of a group: a stable hash, so a group's ads share a fold and reruns agree. */
export function foldOf(group: string, k: number): number {
  return createHash('sha256').update(group).digest().readUInt32BE(0) % k;
}

export const fmt = (m: Prf): string =>
  `P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)} (tp=${m.tp} fp=${m.fp} fn=${m.fn} tn=${m.tn})`;

/** Area under the ROC curve: the chance a random fraud ad scores above a random clean one (ties count half). */
export function auc(pairs: readonly { fraud: boolean; p: number }[]): number {
  const sorted = [...pairs].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let nPos = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && (sorted[j] as { p: number }).p === (sorted[i] as { p: number }).p) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++)
      if ((sorted[k] as { fraud: boolean }).fraud) {
        rankSum += rank;
        nPos++;
      }
    i = j;
  }
  const nNeg = sorted.length - nPos;
  return nPos && nNeg ? (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg) : Number.NaN;
}
