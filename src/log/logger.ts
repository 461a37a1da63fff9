import { pino, type Logger } from "pino";

// Written in 4 KB batches off the main thread, and at least once a second: one write per log
// line cost a system call per line, a third of a message's time under load. Health data stays
// out of the logs: bodies, numbers and signatures are redacted wherever they appear, and the
// code logs case references and levels instead.
const FLUSH_MS = 1_000;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const stream = destination ?? batchedStderr();
  return pino(
    {
      level,
      redact: {
        paths: ["body", "text", "from", "to", "patient", "phone", "*.Body", "*.From", "*.To", "req.headers[\"x-twilio-signature\"]", "req.headers.authorization"],
        censor: "[REDACTED]",
      },
    },
    stream,
  );
}

function batchedStderr(): pino.DestinationStream {
  const stream = pino.destination({ dest: 2, sync: false, minLength: 4096 });
  setInterval(() => stream.flush(), FLUSH_MS).unref();
  // Whatever is still buffered goes out before the process ends, however it ends.
  process.once("exit", () => {
    try {
      stream.flushSync();
    } catch {
      // Nothing more can be done with a log that cannot be written at exit.
    }
  });
  return stream;
}
