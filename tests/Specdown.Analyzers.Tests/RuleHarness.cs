using Specdown.Analyzers.Rules;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Tests;

/// <summary>Runs the rules over small inline pages, as the CLI and the analyzer do: parse, doc set, RuleRunner.</summary>
internal static class RuleHarness
{
    /// <summary>
    /// All diagnostics of the pages (path, text). Every call also checks that the parallel run and the streamed run of
    /// <c>specdown check</c> (page rules, then the doc-set rules on slim pages) find exactly the same.
    /// </summary>
    public static IReadOnlyList<DiagnosticInfo> Run(params (string Path, string Text)[] pages)
    {
        var models = pages.Select(p => PageParser.Parse(p.Path, Normalize(p.Text))).ToList();
        var result = RuleRunner.Run(DocSet.Create(models));
        Xunit.Assert.Equal(result, RuleRunner.Run(DocSet.Create(models), maxDegreeOfParallelism: 4));
        Xunit.Assert.Equal(result, RunOnSlimPages(models));
        Xunit.Assert.Equal(result, RuleRunner.RunOnSlimPages(models, maxDegreeOfParallelism: 4));
        return result;
    }

    /// <summary>What the CLI does: page rules and anchors on the full page, doc-set rules on the slim pages.</summary>
    public static IReadOnlyList<DiagnosticInfo> RunOnSlimPages(IReadOnlyList<PageModel> pages) => RuleRunner.RunOnSlimPages(pages);

    /// <summary>The diagnostics of one rule, as <c>path(line,col): message</c> lines.</summary>
    public static string[] Of(string id, params (string Path, string Text)[] pages) =>
        Run(pages).Where(d => d.Id == id).Select(Format).ToArray();

    public static string Format(DiagnosticInfo d) => $"{d.Location.FilePath}({d.Location.StartLine},{d.Location.StartColumn}): {d.Message}";

    /// <summary>Test sources are written with LF; raw strings in C# keep the file's line endings.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>The chat and entity resource pages most API fixtures refer to.</summary>
    public static (string, string) Chat => ("docs/resources/chat.md", """
        ---
        title: "chat resource type"
        doc_type: resourcePageType
        ---

        # chat resource type

        Namespace: microsoft.graph

        A chat. Inherits from [entity](entity.md).

        ## Properties

        | Property | Type | Description |
        |:---------|:-----|:------------|
        | id | String | The identifier. Read-only. Inherited from [entity](entity.md). |
        | topic | String | The topic. |
        | createdDateTime | DateTimeOffset | Created. Read-only. |
        | chatType | [chatType](#chattype-values) | The kind of chat. |
        | memberCount | Int32 | The number of members. |

        ### chatType values

        | Member | Description |
        |:-------|:------------|
        | oneOnOne | One to one. |
        | group | Group chat. |

        ## JSON representation

        <!-- {
          "blockType": "resource",
          "@odata.type": "microsoft.graph.chat",
          "baseType": "microsoft.graph.entity"
        }-->

        ```json
        {
          "id": "String (identifier)",
          "topic": "String",
          "createdDateTime": "String (timestamp)",
          "chatType": "String",
          "memberCount": 1024
        }
        ```
        """);

    public static (string, string) Entity => ("docs/resources/entity.md", """
        ---
        title: "entity resource type"
        doc_type: resourcePageType
        ---

        # entity resource type

        Namespace: microsoft.graph

        The base type.

        ## Properties

        | Property | Type | Description |
        |:---------|:-----|:------------|
        | id | String | The identifier. Read-only. Key. |

        ## JSON representation

        <!-- {
          "blockType": "resource",
          "keyProperty": "id",
          "@odata.type": "microsoft.graph.entity"
        }-->

        ```json
        {
          "id": "String (identifier)"
        }
        ```
        """);
}
