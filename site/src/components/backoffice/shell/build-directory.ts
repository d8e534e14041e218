/** Build time only (reads the content collections): never import this into an island. */
import { gemeentenOf } from '../../../lib/gemeenten';
import { allSwvs } from '../../../lib/swv';
import type { Directory } from './directory.ts';

export async function buildDirectory(): Promise<Directory> {
  const directory: Directory = { steunpunten: {}, swvs: {} };
  for (const swv of await allSwvs()) {
    directory.steunpunten[swv.steunpunt.id] = swv.steunpunt.name;
    directory.swvs[swv.id] = {
      name: swv.data.name,
      steunpunt: swv.steunpunt.id,
      gemeenten: await gemeentenOf(swv),
    };
  }
  return directory;
}
