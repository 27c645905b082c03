/** cdk-nag acknowledgements, each with its reason. */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag finding. The CDK validation report names findings `<Pack>::<rule>[finding]`
 * while cdk-nag's own check (validateScope) uses `<rule>[finding]`: both forms are recorded.
 */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
  if (id.includes('[')) Validations.of(scope).acknowledge({ id: `${id.split('-')[0]}::${id}`, reason });
}
