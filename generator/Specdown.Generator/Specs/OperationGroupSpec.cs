using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>The operations of one resource group (first path segment, e.g. <c>Chats</c>), in a stable order.</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record OperationGroupSpec(string Name, EquatableArray<OperationSpec> Operations);
