/**
 * The shipped fraud model: fraud-model.json (built by `npm run train`), parsed and validated once,
 * on first use, then kept for the life of the process (one cold start in Lambda).
 */
import data from './fraud-model.json' with { type: 'json' };
import { LinearModel } from '#shared/model/linear-model.ts';

let model: LinearModel | undefined;

export function fraudModel(): LinearModel {
  model ??= LinearModel.parse(data);
  return model;
}
