using System;
using System.Collections.Generic;
using System.Threading;
using Specdown.Model;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits every generated file for a set of pages, outside the incremental pipeline: the entry point of
/// <c>specdown generate</c> and of benchmarks. Uses the same emitters as <see cref="SpecdownGenerator"/>, so the
/// output is byte-identical to what the build generates.
/// </summary>
public static class SpecdownEmitter
{
    /// <param name="serverAvailable">Whether ASP.NET Core is referenced (server stubs are emitted only then).</param>
    public static IReadOnlyList<GeneratedSource> Emit(IReadOnlyList<PageModel> pages, GeneratorOptions options, bool serverAvailable, CancellationToken cancellationToken = default) => throw new NotImplementedException("stub");
}
