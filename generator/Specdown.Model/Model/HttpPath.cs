using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// One line of a <c>## HTTP request</c> list: the method and the path template as written (leading <c>/</c> added when
/// missing), split into segments, plus the query string kept apart.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record HttpPath(
    string Method,
    string Template,
    EquatableArray<PathSegment> Segments,
    string? Query,
    bool HadLeadingSlash,
    LocationInfo Location)
{
    /// <summary>The names of all placeholders in the template, in order.</summary>
    public EquatableArray<string> ParameterNames
    {
        get
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (var segment in Segments)
            {
                foreach (var parameter in segment.Parameters)
                {
                    names.Add(parameter);
                }
            }

            return names;
        }
    }
}

/// <summary>
/// One segment of a path template. <see cref="Text"/> is the segment as written. <see cref="Parameters"/> holds the
/// placeholder names it contains (<c>{id}</c> → <c>id</c>; <c>{a | b}</c> → <c>a</c>, alternatives in
/// <see cref="Alternatives"/>); for a function call, <see cref="Name"/> is the function and the arguments' placeholders
/// are in <see cref="Parameters"/>.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record PathSegment(
    PathSegmentKind Kind,
    string Text,
    string Name,
    EquatableArray<string> Parameters,
    EquatableArray<string> Alternatives);

/// <summary>The kind of a <see cref="PathSegment"/>.</summary>
public enum PathSegmentKind
{
    Literal = 0,
    /// <summary>A placeholder segment, <c>{id}</c> or <c>{a | b}</c>.</summary>
    Parameter,
    /// <summary>A literal with a key in parentheses, <c>users('{id}')</c> or <c>items(id)</c>.</summary>
    KeyedLiteral,
    /// <summary>A function call with arguments, <c>range(address='{address}')</c>, or <c>delta()</c>.</summary>
    Function,
    /// <summary>A type cast, <c>microsoft.graph.group</c>.</summary>
    Cast,
    /// <summary><c>$ref</c>.</summary>
    Ref,
    /// <summary><c>$value</c>.</summary>
    Value,
    /// <summary><c>$count</c>.</summary>
    Count,
    /// <summary>A drive path segment such as <c>root:/{item-path}:</c>.</summary>
    DrivePath,
}
