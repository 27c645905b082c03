/**
 * The CDK app. Account and region come from context (`-c account=… -c region=…`) or the CDK CLI's
 * environment; synth never looks anything up (works offline with the dummy defaults).
 * cdk-nag's AwsSolutions and Serverless packs run on every synth.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { RecruitWatchStack } from '#infra/stack.ts';

const app = new App();
const account = app.node.tryGetContext('account') ?? process.env.CDK_DEFAULT_ACCOUNT ?? '111111111111';
const region = app.node.tryGetContext('region') ?? process.env.CDK_DEFAULT_REGION ?? 'ap-east-1';

new RecruitWatchStack(app, 'RecruitWatch', {
  env: { account: String(account), region: String(region) },
  description: 'RecruitWatch: job-ad screening pipeline (feed API, SQS, Lambda, DynamoDB, SNS alerts)',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
app.synth();
