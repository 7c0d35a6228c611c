using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Input;

/// <summary>
/// The parsed input: pages in file order (ordinal by path), the text of every readable file by display path, and the
/// diagnostics of files that could not be read (SPD0113).
/// </summary>
public sealed class LoadedDocuments
{
    public LoadedDocuments(
        IReadOnlyList<SourceFile> files,
        IReadOnlyList<PageModel> pages,
        IReadOnlyDictionary<string, string> texts,
        IReadOnlyList<DiagnosticInfo> loadDiagnostics)
    {
        Files = files;
        Pages = pages;
        Texts = texts;
        LoadDiagnostics = loadDiagnostics;
    }

    public IReadOnlyList<SourceFile> Files { get; }

    public IReadOnlyList<PageModel> Pages { get; }

    public IReadOnlyDictionary<string, string> Texts { get; }

    public IReadOnlyList<DiagnosticInfo> LoadDiagnostics { get; }
}
