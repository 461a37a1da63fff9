import { pino, type Logger } from "pino";

// Health data stays out of the logs: bodies, numbers and signatures are redacted wherever
// they appear, and the code logs case references and levels instead.
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ["body", "text", "from", "to", "patient", "phone", "*.Body", "*.From", "*.To", "req.headers[\"x-twilio-signature\"]", "req.headers.authorization"],
        censor: "[REDACTED]",
      },
    },
    destination ?? pino.destination({ dest: 2, sync: false }),
  );
}
