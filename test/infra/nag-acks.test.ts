/**
 * Every cdk-nag acknowledgement in the stack is written for a reason and names a rule that exists. Walks the
 * acknowledgement metadata (`Validations.acknowledge` records `aws:cdk:acknowledged-rules` on the
 * construct) of every construct, and the rule ids of the AwsSolutions and Serverless packs as they apply
 * them, so a typo in a rule id (an acknowledgement that silences nothing) or a reason like "ok" fails here.
 */
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { synthStack } from '#test/infra/synth.ts';

const { stack } = synthStack();

/** Namespaces of cdk-nag acknowledgements: `<Pack>::<rule>` (CDK validation report), `Annotation::<rule>` (warnings). */
const NAG_NAMESPACES = new Set(['Annotation', 'AwsSolutions', 'Serverless']);

/** Acknowledgements aws-cdk-lib records itself, not for cdk-nag: only these, each known. */
const CDK_OWN: Record<string, string> = {
  'CloudFormation-Validate::W3045': 'aws-cdk-lib Bucket, on the access-log bucket (log delivery needs its ACL)',
};

/** Every rule id of the two packs: their applyRule calls, recorded instead of running the rules. */
function nagRuleIds(scope: IConstruct): Set<string> {
  const ids = new Set<string>();
  for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
    const recorder = pack as unknown as {
      applyRule: (p: { ruleSuffixOverride?: string; rule: { name: string } }) => void;
    };
    recorder.applyRule = (p) => ids.add(`${pack.readPackName}-${p.ruleSuffixOverride ?? p.rule.name}`);
    pack.validateScope(scope);
  }
  return ids;
}

/** The acknowledgements recorded on every construct under `scope`. */
function acknowledgements(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, unknown>).map(([id, reason]) => ({
          path: c.node.path,
          id,
          reason: typeof reason === 'string' ? reason : '',
        })),
      ),
  );
}

/** `Annotation::AwsSolutions-IAM5[Resource::*]` → namespace `Annotation`, rule `AwsSolutions-IAM5`. */
function parse(id: string): { namespace: string; rule: string } {
  const sep = id.indexOf('::');
  const bracket = id.indexOf('[');
  const hasNamespace = sep >= 0 && (bracket < 0 || sep < bracket);
  const rest = hasNamespace ? id.slice(sep + 2) : id;
  return { namespace: hasNamespace ? id.slice(0, sep) : 'Annotation', rule: rest.split('[')[0] ?? rest };
}

describe('cdk-nag acknowledgements', () => {
  const rules = nagRuleIds(stack);
  const acks = acknowledgements(stack);

  it('the packs and the acknowledgements were found (the walk is not vacuous)', () => {
    expect(rules.size).toBeGreaterThan(100);
    expect(rules).toContain('AwsSolutions-IAM5');
    expect(rules).toContain('Serverless-LambdaDLQ');
    expect(acks.length).toBeGreaterThan(20);
    expect(parse('AwsSolutions::AwsSolutions-IAM5[Resource::*]')).toEqual({
      namespace: 'AwsSolutions',
      rule: 'AwsSolutions-IAM5',
    });
  });

  it('each gives a reason of at least a sentence (20 characters or more, with a space)', () => {
    const weak = acks.filter(({ reason }) => reason.trim().length < 20 || !/\S\s+\S/.test(reason.trim()));
    expect(weak).toEqual([]);
  });

  it('each names a rule of the AwsSolutions or Serverless pack (or a known aws-cdk-lib one)', () => {
    const unknown = acks.filter(({ id }) => {
      const { namespace, rule } = parse(id);
      return NAG_NAMESPACES.has(namespace) ? !rules.has(rule) : !(id in CDK_OWN);
    });
    expect(unknown).toEqual([]);
  });
});
