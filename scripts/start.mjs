// `npm start`: build if needed, then run the server in this process.
import { build } from './build.mjs';

await build();
await import('../dist/main.js');
