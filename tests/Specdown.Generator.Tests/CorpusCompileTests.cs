using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Specdown.Generator.Emitting;
using Specdown.Generator.Tests.TestSupport;
using Xunit.Abstractions;

namespace Specdown.Generator.Tests;

/// <summary>The code generated from the whole beta corpus compiles with zero errors and no emitter exception.</summary>
public class CorpusCompileTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Whole_corpus_generates_code_that_compiles_without_errors()
    {
        var watch = Stopwatch.StartNew();
        var pages = SpecPages.Corpus();
        var parsed = watch.Elapsed;
        var errorsBefore = OutputPlanner.ErrorCount;
        var sources = SpecdownEmitter.Emit(pages, Fixtures.Options, serverAvailable: true);
        var emitted = watch.Elapsed - parsed;
        Assert.True(errorsBefore == OutputPlanner.ErrorCount, "emitter exception: " + OutputPlanner.LastError);

        var compilation = Compiler.Create(sources, aspNet: true, assemblyName: "Corpus");
        var (assembly, errors) = LoadedAssembly.TryCompile(compilation);
        var compiled = watch.Elapsed - parsed - emitted;
        var counts = Count(compilation);
        var paths = pages.Sum(p => p.Operation?.Paths.Count ?? 0);
        output.WriteLine($"pages {pages.Count}, documented operation paths {paths}, files {sources.Count}, {counts}");
        output.WriteLine($"parse {parsed.TotalSeconds:F1}s, emit {emitted.TotalSeconds:F1}s, compile {compiled.TotalSeconds:F1}s");
        foreach (var error in errors.Take(40))
        {
            output.WriteLine(error);
        }

        Assert.True(errors.Count == 0, errors.Count + " errors, first: " + string.Join("\n", errors.Take(10)));

        // System.Text.Json validates contracts (polymorphism, duplicate names, converters) only at run time: build
        // the JSON contract of every generated DTO and enum.
        // Built through the generated SpecdownJsonContext: it is the only resolver of SpecdownJson.Options.
        var options = assembly!.JsonOptions(Fixtures.Options.RootNamespace);
        var context = Assert.Single(options.TypeInfoResolverChain);
        Assert.Equal("SpecdownJsonContext", context.GetType().Name);
        var contractFailures = new List<string>();
        var contracts = 0;
        foreach (var type in assembly.Types.Where(t => t.IsPublic && !t.IsGenericTypeDefinition && !t.IsAbstract && !t.IsInterface && IsModel(t)))
        {
            contracts++;
            try
            {
                var info = options.GetTypeInfo(type);
                Assert.Same(context, info.OriginatingResolver);
                options.GetTypeInfo(typeof(IList<>).MakeGenericType(type));
            }
            catch (Exception e)
            {
                contractFailures.Add(type.FullName + ": " + e.Message);
            }
        }

        output.WriteLine($"JSON contracts built: {contracts}, failed: {contractFailures.Count}");
        foreach (var failure in contractFailures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.True(contractFailures.Count == 0, string.Join("\n", contractFailures.Take(10)));
    }

    private static bool IsModel(Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        var root = Fixtures.Options.RootNamespace;
        return ns.StartsWith(root, StringComparison.Ordinal)
            && !ns.StartsWith(root + ".Serialization", StringComparison.Ordinal)
            && !ns.StartsWith(root + ".Client", StringComparison.Ordinal)
            && !ns.StartsWith(root + ".Server", StringComparison.Ordinal)
            && !ns.StartsWith(root + ".Operations", StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Whole_corpus_routes_are_valid_aspnetcore_route_patterns()
    {
        var sources = SpecdownEmitter.Emit(SpecPages.Corpus(), Fixtures.Options, serverAvailable: true);
        var failures = new List<string>();
        var count = 0;
        foreach (var source in sources.Where(s => s.HintName.StartsWith("Operations/", StringComparison.Ordinal)))
        {
            var root = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source.Source).GetRoot();
            foreach (var variable in root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(v => v.Identifier.ValueText == "Route"))
            {
                var route = ((LiteralExpressionSyntax)variable.Initializer!.Value).Token.ValueText;
                count++;
                try
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(route);
                }
                catch (Exception e)
                {
                    failures.Add(route + ": " + e.Message);
                }
            }
        }

        output.WriteLine($"routes {count}, invalid {failures.Count}");
        foreach (var failure in failures.Take(40))
        {
            output.WriteLine(failure);
        }

        Assert.True(count > 1000);
        Assert.Empty(failures);
    }

    private static string Count(Compilation compilation)
    {
        int classes = 0, properties = 0, enums = 0, operations = 0, clientMethods = 0, routes = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var path = tree.FilePath;
            var root = tree.GetRoot();
            if (path.StartsWith("Models/", StringComparison.Ordinal))
            {
                classes += root.DescendantNodes().OfType<ClassDeclarationSyntax>().Count();
                properties += root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Count();
            }
            else if (path.StartsWith("Enums/", StringComparison.Ordinal))
            {
                enums += root.DescendantNodes().OfType<EnumDeclarationSyntax>().Count();
            }
            else if (path.StartsWith("Operations/", StringComparison.Ordinal))
            {
                operations += root.DescendantNodes().OfType<FieldDeclarationSyntax>().Count(f => f.Declaration.Variables.Any(v => v.Identifier.ValueText == "Route"));
            }
            else if (path.StartsWith("Client/", StringComparison.Ordinal))
            {
                clientMethods += root.DescendantNodes().OfType<MethodDeclarationSyntax>().Count();
            }
            else if (path.StartsWith("Server/", StringComparison.Ordinal))
            {
                routes += root.DescendantNodes().OfType<InvocationExpressionSyntax>().Count(i => i.Expression.ToString().EndsWith("MapMethods", StringComparison.Ordinal));
            }
        }

        return $"types {classes}, properties {properties}, enums {enums}, operations {operations}, client methods {clientMethods}, mapped routes {routes}";
    }
}
