import { z } from 'zod';

// zod probes for eval with `new Function("")`; the pane's Content-Security-Policy forbids eval, so
// tell zod not to try (it then validates without generated code, and the browser logs no violation).
z.config({ jitless: true });
