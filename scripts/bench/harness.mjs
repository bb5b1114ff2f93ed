/**
 * A small, explicit timing loop: each candidate maps a status code to a string; it is called
 * over the same codes, in rounds, and the median nanoseconds per call is reported. Results are
 * summed into a sink so no engine can drop the calls.
 */
let sink = 0;

/**
 * The timing loop's source. Each candidate gets its own compiled copy (`new Function`), so the
 * engine's feedback for one candidate's call site never slows down the next one's: with a
 * shared loop, whichever candidate ran first would look fastest.
 */
const LOOP = `
  let total = 0;
  const start = process.hrtime.bigint();
  for (let index = 0; index < count; index++) {
    const text = lookup(codes[index % codes.length]);
    total += text === undefined ? 0 : text.length;
  }
  return [Number(process.hrtime.bigint() - start) / count, total];
`;

function compile(lookup, codes) {
  const loop = new Function('lookup', 'codes', 'count', 'process', LOOP);
  return (count) => {
    const [nanoseconds, total] = loop(lookup, codes, count, process);
    sink += total;
    return nanoseconds;
  };
}

/**
 * Median nanoseconds per call of each candidate (`[name, lookup, calls]`). Rounds interleave
 * the candidates, so drift in the machine's speed hits them all alike; a throwaway loop runs
 * first, because the first loop a process times runs faster than any later one.
 */
export function compare(candidates, codes, { rounds = 7 } = {}) {
  compile(() => '', codes)(2_000_000);
  const loops = candidates.map(([name, lookup, calls = 2_000_000]) => ({
    name,
    calls,
    run: compile(lookup, codes),
    samples: [],
  }));
  for (const loop of loops) loop.run(loop.calls / 4);
  for (let round = 0; round < rounds; round++) {
    for (const loop of loops) loop.samples.push(loop.run(loop.calls));
  }
  return new Map(loops.map((loop) => [loop.name, median(loop.samples)]));
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
