/**
 * esbuild options of every function bundle, shared by the stack (NodejsFunction) and the bundle-size test.
 * ESM for Node 24 with a createRequire banner (CommonJS dependencies that call require() still work);
 * the AWS SDK v3 comes from the Lambda runtime.
 */
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';

export const ESM_REQUIRE_BANNER =
  "import { createRequire as __rwCreateRequire } from 'node:module'; const require = __rwCreateRequire(import.meta.url);";

export const EXTERNAL_MODULES = ['@aws-sdk/*'];

export const BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: 'node24',
  minify: true,
  sourceMap: true,
  sourceMapMode: SourceMapMode.DEFAULT,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  externalModules: EXTERNAL_MODULES,
  metafile: false,
};

/** The function entry points, relative to the repository root. */
export const ENTRIES = {
  api: 'functions/api/handler.ts',
  authorizer: 'functions/authorizer/handler.ts',
  worker: 'functions/worker/handler.ts',
} as const;
