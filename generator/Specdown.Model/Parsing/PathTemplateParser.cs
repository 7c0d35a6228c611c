using System;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>Reads one <c>## HTTP request</c> line, <c>METHOD /path/{id}/segment</c>, into an <see cref="HttpPath"/>.</summary>
public static class PathTemplateParser
{
    /// <summary>Returns null when the line is not <c>METHOD path</c>.</summary>
    public static HttpPath? Parse(string line, LocationInfo location) => throw new NotImplementedException("stub");
}
