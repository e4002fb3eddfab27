import { z } from 'zod';

// The real deployment's Content-Security-Policy has no 'unsafe-eval'. Zod 4 compiles object
// parsers with `new Function` and probes for it when the first z.object() is built; under the
// CSP that probe is reported as a `script-src` violation even though zod catches it. jitless
// skips the probe. Every schema imports z from here, so this runs before any is built.
z.config({ jitless: true });

export { z };
