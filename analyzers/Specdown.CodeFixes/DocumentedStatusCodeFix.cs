using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Specdown.CodeFixes;

/// <summary>
/// SPD0201: replaces <c>Results.X(…)</c>/<c>TypedResults.X(…)</c> returning an undocumented status with the documented
/// one, when the documented status has an argument-free helper (200 <c>Ok()</c>, 202 <c>Accepted()</c>, 204
/// <c>NoContent()</c>) or else as <c>StatusCode(n)</c>. The analyzer passes the documented status in the diagnostic's
/// <c>DocumentedStatus</c> property.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DocumentedStatusCodeFix))]
[Shared]
public sealed class DocumentedStatusCodeFix : CodeFixProvider
{
    public const string DocumentedStatusProperty = "DocumentedStatus";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SPD0201");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DocumentedStatusProperty, out var text)
                || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var status)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Expression: MemberAccessExpressionSyntax access } invocation)
            {
                continue;
            }

            var title = "Return the documented status " + status.ToString(CultureInfo.InvariantCulture);
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ReplaceAsync(context.Document, invocation, access, status, ct), equivalenceKey: title),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, int status, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var helper = status switch
        {
            200 => "Ok",
            202 => "Accepted",
            204 => "NoContent",
            _ => null,
        };
        var name = SyntaxFactory.IdentifierName(helper ?? "StatusCode");
        var arguments = helper is null
            ? SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(status)))))
            : SyntaxFactory.ArgumentList();
        var replacement = invocation
            .WithExpression(access.WithName(name))
            .WithArgumentList(arguments.WithTriviaFrom(invocation.ArgumentList));
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement));
    }
}
