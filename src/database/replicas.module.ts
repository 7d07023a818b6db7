import { Global, Module } from '@nestjs/common';
import { ReadReplicas } from './replicas.js';

/** The read replicas of DATABASE_REPLICA_URLS (none configured ⇒ every read goes to the primary). */
@Global()
@Module({ providers: [ReadReplicas], exports: [ReadReplicas] })
export class ReplicasModule {}
