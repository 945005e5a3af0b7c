import { readFile, readdir } from 'node:fs/promises';

interface ProcessEntry {
  pid: number;
  ppid: number;
  cmdline: string;
}

async function processTable(): Promise<ProcessEntry[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const entries = await Promise.all(pids.map(async (pid) => {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
      return { pid: Number(pid), ppid, cmdline };
    } catch {
      return null; // gone meanwhile
    }
  }));
  return entries.filter((entry): entry is ProcessEntry => entry !== null);
}

/** Every process below `root` (children, their children, …), from /proc. */
export async function descendantsOf(root: number): Promise<ProcessEntry[]> {
  const table = await processTable();
  const found: ProcessEntry[] = [];
  const frontier = [root];
  while (frontier.length > 0) {
    const parent = frontier.pop();
    for (const entry of table.filter((candidate) => candidate.ppid === parent)) {
      found.push(entry);
      frontier.push(entry.pid);
    }
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The environment a child process of a test starts with: this one's, plus what it needs. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
