/**
 * The regulators' console on AWS: the static files of console/ in a private S3 bucket behind CloudFront
 * (origin access control), with `/v1/*` forwarded uncached to the HTTP API, so the console calls its API
 * on the same origin (no CORS) exactly as it does on the local stack.
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge } from '#infra/nag.ts';
import { vendorConsoleAssets } from '#shared/review/console-assets.ts';

export interface ConsoleHostingProps {
  /** Folder with index.html and its assets. */
  sourceDir: string;
  /** Host name of the HTTP API (`<id>.execute-api.<region>.amazonaws.com`). */
  apiDomainName: string;
}

export class ConsoleHosting extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;
  /** Copies the console's files; more (e.g. the generated `config.json`) can be added with addSource. */
  readonly deployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the access logs of the console bucket and distribution; logging it again would loop.',
    });
    this.bucket = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // CloudFront forwards Authorization on GET only when the cache policy names it; a policy with all TTLs 0
    // may name no header, so max TTL is 1 s. The API answers `cache-control: no-store`: nothing is cached.
    const apiPolicy = new CachePolicy(this, 'ApiPassThrough', {
      comment: 'RecruitWatch API through the console distribution: forward the token, cache nothing',
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'RecruitWatch regulators console',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_ALL,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      },
      additionalBehaviors: {
        '/v1/*': {
          origin: new HttpOrigin(props.apiDomainName),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: apiPolicy,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        },
      },
    });
    const ack = (rule: string, reason: string) => Validations.of(this.distribution).acknowledge({ id: rule, reason });
    ack(
      'AwsSolutions-CFR1',
      'Regulators and platforms may work from anywhere; access is controlled by tokens, not by country.',
    );
    ack(
      'AwsSolutions-CFR2',
      'No WAF web ACL in the base stack (WAF for CloudFront lives in us-east-1); attach one per deployment when required.',
    );
    ack(
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate allows no minimum TLS setting; a custom domain with TLSv1.2_2021 is a deployment choice.',
    );

    // console/vendor/ (Chart.js) is not committed: copy it from node_modules first, as `npm start` does,
    // or a fresh checkout deploys a console whose charts stay blank
    vendorConsoleAssets(props.sourceDir);
    this.deployment = new BucketDeployment(this, 'Deploy', {
      // the local stack's config.json (token sign-in) stays behind: the stack adds the deployed one
      sources: [Source.asset(props.sourceDir, { exclude: ['config.json'] })],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      prune: true,
    });
    // BucketDeployment's handler is a CDK-provided singleton function at stack level
    const stack = Stack.of(this);
    const bucketId = stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    const findings: [string, string][] = [
      ...DEPLOYMENT_ACKS,
      [
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        `${CDK_OWNED}; the construct gives its role the basic execution policy.`,
      ],
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((a): [string, string] => [
        `AwsSolutions-IAM5[Action::${a}]`,
        `${CDK_OWNED}; actions generated by the construct.`,
      ]),
      [
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${stack.account}-${stack.region}/*]`,
        `${CDK_OWNED}; reads the objects of the CDK asset bucket.`,
      ],
      [`AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`, `${CDK_OWNED}; writes the objects of the console bucket.`],
      [
        'AwsSolutions-IAM5[Resource::*]',
        `${CDK_OWNED}; CloudFront invalidation actions take no resource-level permission in its policy.`,
      ],
    ];
    for (const child of stack.node.children) {
      if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
      for (const [rule, reason] of findings) acknowledge(child, rule, reason);
    }
  }
}

const CDK_OWNED = 'CDK-provided BucketDeployment handler that copies the console files at deploy time';
const DEPLOYMENT_ACKS: [string, string][] = [
  ['AwsSolutions-L1', `${CDK_OWNED}; its runtime is chosen by aws-cdk-lib.`],
  ['Serverless-LambdaDLQ', `${CDK_OWNED}; invoked synchronously by CloudFormation.`],
  ['Serverless-LambdaAsyncFailureDestination', `${CDK_OWNED}; invoked synchronously by CloudFormation.`],
  ['Serverless-LambdaTracing', `${CDK_OWNED}; runs only during deployments.`],
  ['Serverless-LambdaLatestVersion', `${CDK_OWNED}; its runtime is chosen by aws-cdk-lib.`],
  ['Serverless-LambdaDefaultTimeout', `${CDK_OWNED}; the construct sets its timeout.`],
];
