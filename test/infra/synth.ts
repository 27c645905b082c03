/** One synthesized stack per test file, without bundling (context `aws:cdk:bundling-stacks: []`). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RecruitWatchStack } from '#infra/stack.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function synthStack(): { app: App; stack: RecruitWatchStack; template: Template } {
  process.env.CDK_VALIDATION = 'false';
  const cdkJson = JSON.parse(readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new RecruitWatchStack(app, 'RecruitWatch', { env: { account: '111111111111', region: 'ap-east-1' } });
  return { app, stack, template: Template.fromStack(stack) };
}
