/**
 * A small, explicit timing loop: each candidate maps a status code to a string; it is called
 * over the same codes, in rounds, and the median nanoseconds per call is reported. Results are
 * summed into a sink so no engine can drop the calls.
 */
let sink = 0;

export function nanosecondsPerCall(lookup, codes, { calls = 2_000_000, rounds = 7 } = {}) {
  const run = (count) => {
    const start = process.hrtime.bigint();
    for (let index = 0; index < count; index++) {
      const text = lookup(codes[index % codes.length]);
      sink += text === undefined ? 0 : text.length;
    }
    return Number(process.hrtime.bigint() - start) / count;
  };
  run(calls / 4); // warm up: let the JIT compile the loop and the lookup
  const samples = Array.from({ length: rounds }, () => run(calls)).sort((a, b) => a - b);
  return samples[Math.floor(rounds / 2)];
}

export function sinkValue() {
  return sink;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function printTable(title, header, rows) {
  const table = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
  console.log(`\n### ${title}\n`);
  for (const [index, row] of table.entries()) {
    console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
    if (index === 0) console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  }
}
