namespace Specdown.Model;

/// <summary>A request example and the response that answers it, as indexes into <see cref="PageModel.Examples"/>.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record ExamplePair(string Name, int? RequestIndex, int? ResponseIndex);
