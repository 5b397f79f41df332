// `npm start`: the launcher (electron/launcher/start.ts) as built JavaScript, rebuilt first if
// a source changed since it was built (see node-build.mjs). No tsx at run time.
import { loadBuilt } from './node-build.mjs';

await loadBuilt('start', (line) => console.log(line));
