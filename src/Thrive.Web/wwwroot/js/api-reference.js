// Loaded before Scalar's bundle on the API reference page. Its schema library (zod) probes for eval with
// Function(''), which this page's Content-Security-Policy refuses (and reports); jitless skips the probe.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
