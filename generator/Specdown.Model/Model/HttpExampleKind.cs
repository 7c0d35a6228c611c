namespace Specdown.Model;

/// <summary>Whether an example is a request or a response.</summary>
public enum HttpExampleKind
{
    Request = 0,
    Response,
}
