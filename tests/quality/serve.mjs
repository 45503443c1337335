// Starts `diptych serve` on a free port for a browser test; resolves to its address
// (`http://127.0.0.1:PORT/`) once it says where it listens, and to an error if it ends first.
import { spawn } from 'node:child_process';

export function startServe(binary, site) {
  // In English, whatever the machine's language: the tests read the preview's English words.
  const server = spawn(binary, ['serve', '--port', '0', '--root', site, '--ui-lang', 'en'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const address = new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const found = seen.match(/Serving the site at (http:\/\/\S+?\/) /);
      if (found) resolve(found[1]);
    });
    server.on('exit', () => reject(new Error('diptych serve ended:\n' + seen)));
    setTimeout(() => reject(new Error('diptych serve did not start:\n' + seen)), 30000);
  });
  return { server, address };
}
