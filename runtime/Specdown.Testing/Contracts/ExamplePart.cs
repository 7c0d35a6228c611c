namespace Specdown.Testing;

/// <summary>Which body of an example a round trip uses.</summary>
public enum ExamplePart
{
    /// <summary>The response body.</summary>
    Response,

    /// <summary>The request body.</summary>
    Request,
}
