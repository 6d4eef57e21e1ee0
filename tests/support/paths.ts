// Paths every test uses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Scratch space for builds and temporary repositories (git-ignored). */
export const TMP_ROOT = path.join(PROJECT_ROOT, '.tmp');
