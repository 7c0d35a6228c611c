using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Specdown.Hardening.Tests.Support.Hostile;

/// <summary>
/// The shape of generated code without its names: per file, each type declaration's kind and its members' kinds, and
/// the directives. Two pages with the same structure must give the same shape whatever their words.
/// </summary>
public static class CodeShape
{
    public static string Of(IEnumerable<SyntaxTree> trees)
    {
        var shapes = trees.Select(Shape).ToList();
        shapes.Sort(StringComparer.Ordinal);
        return string.Join("\n", shapes);
    }

    private static string Shape(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        var root = tree.GetRoot();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.IsDirective)
            {
                builder.Append(trivia.Kind()).Append(';');
            }
        }

        foreach (var type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
        {
            builder.Append(type.Kind()).Append('{');
            if (type is TypeDeclarationSyntax withMembers)
            {
                foreach (var member in withMembers.Members)
                {
                    builder.Append(member.Kind()).Append(',');
                }
            }
            else if (type is EnumDeclarationSyntax enumeration)
            {
                builder.Append("members:").Append(enumeration.Members.Count);
            }

            builder.Append('}');
        }

        return builder.ToString();
    }
}
