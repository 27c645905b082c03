/**
 * The CDK app. Account and region come only from context (`-c account=… -c region=…`), else the dummy
 * defaults: never from CDK_DEFAULT_ACCOUNT/REGION, which the CLI fills from whatever AWS credentials are in
 * the environment (an STS call at synth, and a stack that follows the caller's region). Synth never looks
 * anything up and works offline. cdk-nag's AwsSolutions and Serverless packs run on every synth.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { RecruitWatchStack } from '#infra/stack.ts';

const app = new App();
const DEFAULT_ACCOUNT = '111111111111';
const DEFAULT_REGION = 'ap-east-1';
const account = app.node.tryGetContext('account') ?? DEFAULT_ACCOUNT;
const region = app.node.tryGetContext('region') ?? DEFAULT_REGION;

new RecruitWatchStack(app, 'RecruitWatch', {
  env: { account: String(account), region: String(region) },
  description: 'RecruitWatch: job-ad screening pipeline (feed API, SQS, Lambda, DynamoDB, SNS alerts)',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
app.synth();
