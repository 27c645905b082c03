/** dynalite in its own process, so the measuring process's CPU time is the worker's alone. */
import { startDynamoServer } from '#shared/local/dynamo-server.ts';

const server = await startDynamoServer();
process.send?.({ endpoint: server.endpoint });
process.on('disconnect', () => {
  void server.stop().then(() => process.exit(0));
});
