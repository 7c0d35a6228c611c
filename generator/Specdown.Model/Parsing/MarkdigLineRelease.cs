using System;
using System.Reflection;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// Gives a leaf block's line buffer back to Markdig's pool once the parser has read it. Markdig rents that buffer for
/// every paragraph and returns it only when it parses the paragraph's inlines; a paragraph whose inline pass
/// <see cref="SimpleInlineExtension"/> skipped would otherwise leave the pool empty and make Markdig allocate a new
/// buffer for each paragraph of the next page. The release method is internal to Markdig, so it is bound once by
/// reflection; when it cannot be found (another Markdig version), nothing is released and only allocation grows.
/// </summary>
internal static class MarkdigLineRelease
{
    private delegate void Releaser(ref StringLineGroup lines);

    private static readonly Releaser? Release = Bind();

    /// <summary>Releases the lines of <paramref name="leaf"/>; afterwards they must not be read again.</summary>
    public static void ReleaseLines(LeafBlock leaf)
    {
        if (Release != null && leaf.Lines.Lines != null)
        {
            Release(ref leaf.Lines);
        }
    }

    private static Releaser? Bind()
    {
        try
        {
            var method = typeof(StringLineGroup).GetMethod("Release", BindingFlags.Instance | BindingFlags.NonPublic, null, Type.EmptyTypes, null);
            return method != null && method.ReturnType == typeof(void)
                ? (Releaser)Delegate.CreateDelegate(typeof(Releaser), null, method, false)!
                : null;
        }
        catch (Exception exception) when (exception is ArgumentException or MemberAccessException or MissingMethodException)
        {
            return null;
        }
    }
}
