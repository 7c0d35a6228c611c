using System.Diagnostics;
using System.Globalization;
using Specdown.Hardening.Tests.Support.Fuzzing;

// The long fuzz run: dotnet run -c Release --project tools/Specdown.Fuzz -- --cases 100000 [--seed N] [--compile-every N] [--max-minutes M] [--out DIR]
// A case is one page; pages come in batches (doc sets) of 1-6. Failing batches are written to DIR and the run goes on.
var cases = 100_000L;
var seed = FuzzSeeds.DefaultSeed;
var compileEvery = 100;
var maxMinutes = 120.0;
var outDir = Path.Combine(Path.GetTempPath(), "specdown-fuzz");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    switch (args[i])
    {
        case "--cases": cases = long.Parse(value, CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(value, CultureInfo.InvariantCulture); break;
        case "--compile-every": compileEvery = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--max-minutes": maxMinutes = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--out": outDir = value; break;
        default: Console.Error.WriteLine("unknown option " + args[i]); return 2;
    }
}

var clock = Stopwatch.StartNew();
long pages = 0, batches = 0, compiled = 0, failed = 0, diagnostics = 0;
var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
Console.WriteLine($"seed {seed}, {cases} cases, compile 1 batch in {compileEvery}, at most {maxMinutes} min, failures to {outDir}");
while (pages < cases && clock.Elapsed.TotalMinutes < maxMinutes)
{
    var batch = FuzzSeeds.Batch(seed, batches);
    var outcome = FuzzPipeline.Run(batch, FuzzPipeline.ShouldCompile(batch, compileEvery));
    pages += batch.Length;
    diagnostics += outcome.DiagnosticCount;
    compiled += outcome.Compiled ? 1 : 0;
    if (outcome.Failures.Count > 0)
    {
        failed++;
        var kind = outcome.Failures[0].Split('\n')[0];
        kind = kind.Length > 120 ? kind.Substring(0, 120) : kind;
        kinds[kind] = kinds.TryGetValue(kind, out var n) ? n + 1 : 1;
        if (failed <= 50)
        {
            Directory.CreateDirectory(outDir);
            File.WriteAllText(Path.Combine(outDir, $"batch-{seed}-{batches}.txt"), outcome + "\n\n" + string.Join("\n", batch.Select(p => p.Path + "\n" + p.Text + "\n<<<END>>>")), new System.Text.UTF8Encoding(false, false));
            Console.WriteLine($"FAIL batch {batches} (--seed {seed}): {kind}");
        }
    }

    batches++;
    if (batches % 500 == 0)
    {
        Console.WriteLine($"{pages} cases, {batches} batches, {compiled} compiled, {failed} failed, {pages / clock.Elapsed.TotalSeconds:F1} cases/s");
    }
}

Console.WriteLine($"done: {pages} cases in {batches} batches ({compiled} compiled), {diagnostics} diagnostics, {failed} failing batches, {clock.Elapsed.TotalSeconds:F0} s, {pages / clock.Elapsed.TotalSeconds:F1} cases/s");
foreach (var pair in kinds)
{
    Console.WriteLine($"  {pair.Value,6} × {pair.Key}");
}

return failed == 0 ? 0 : 1;
