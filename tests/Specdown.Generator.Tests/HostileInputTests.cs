using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

/// <summary>Hostile names and descriptions compile and produce nothing but the intended declarations.</summary>
public class HostileInputTests
{
    [Fact]
    public void Hostile_pages_produce_only_the_intended_declarations()
    {
        var sources = Fixtures.Emit("Hostile", server: true);
        var compilation = Compiler.Create(sources, aspNet: true);
        Assert.Empty(Compiler.Errors(compilation));

        var types = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var root = tree.GetRoot();
            types.AddRange(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText));
            Assert.DoesNotContain(root.DescendantNodes(), n => n is BaseTypeDeclarationSyntax t && t.Identifier.ValueText.Contains("Injected", StringComparison.Ordinal) && !t.Identifier.ValueText.StartsWith("EvilClassInjected", StringComparison.Ordinal) && !t.Identifier.ValueText.StartsWith("Summary", StringComparison.Ordinal));
            var directives = root.DescendantTrivia().Where(t => t.IsDirective).Select(t => t.ToString().Trim()).Distinct().ToList();
            Assert.All(directives, d => Assert.Contains(d, AllowedDirectives));
            foreach (var comment in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)))
            {
                Assert.DoesNotContain(comment.ToFullString().TrimEnd('\n'), c => c == '\r' || c == '\u2028' || c == '\u2029' || (c < ' ' && c != '\n') || IsBidi(c));
            }

            Assert.DoesNotContain(tree.GetText().ToString(), c => IsBidi(c) || c == '\0' || c == '\r');
        }

        var evil = compilation.GetSymbolsWithName("EvilClassInjected", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        var wireNames = evil.GetMembers().OfType<IPropertySymbol>()
            .Select(p => (string)p.GetAttributes().Single(a => a.AttributeClass!.Name == "JsonPropertyNameAttribute").ConstructorArguments[0].Value!)
            .ToList();
        Assert.Equal(new[] { "name\"); } class Injected { //", "*/", "\u202Ebidi\u202C", HostileModels.VeryLong, "#pragma warning restore", "\\u0041" }, wireNames);

        var mood = compilation.GetSymbolsWithName("MoodErrorBoom", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        Assert.Equal(5, mood.GetMembers().OfType<IFieldSymbol>().Count());
        Assert.Equal(
            new[] { "EvilClassInjected", "EvilClassInjectedJsonMetadata", "EvilClient", "EvilEndpointRouteBuilderExtensions", "EvilOperations", "IEvilEndpoints", "IRootEndpoints", "MoodErrorBoom", "MoodErrorBoomJsonConverter", "RootClient", "RootEndpointRouteBuilderExtensions", "RootOperations" },
            types.Where(t => !Support.Contains(t) && !t.StartsWith("Summary", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());
    }

    private static readonly string[] AllowedDirectives = { "#nullable enable", "#pragma warning disable CS0108, CS0612, CS0618, CS1591", "#if NET9_0_OR_GREATER", "#endif" };

    private static readonly string[] Support = { "SpecdownJson", "SpecdownJsonContext", "Shape", "Properties", "DurationJsonConverter", "NullableDurationJsonConverter", "DurationListJsonConverter", "SpecdownCollectionResponse", "SpecdownApiException" };

    private static bool IsBidi(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u200B' or '\uFEFF';
}
