// Starts a worker thread from TypeScript sources (tests, tsx): registers tsx's loader inside the
// worker — hooks from the parent thread do not reach it — then loads the worker module.
import { workerData } from "node:worker_threads";

import { register } from "tsx/esm/api";

register();
await import(workerData.module);
