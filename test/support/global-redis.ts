import type { TestProject } from "vitest/node";
import { startRedisServer } from "./redis-server.js";

// Tests that need Redis use REDIS_URL when it is set, else a redis-server started here.
export default async function setup(project: TestProject) {
  if (process.env.REDIS_URL) {
    project.provide("redisUrl", process.env.REDIS_URL);
    return;
  }
  const redis = await startRedisServer();
  project.provide("redisUrl", redis.url);
  return () => redis.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}
