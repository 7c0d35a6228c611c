namespace Specdown.Model;

/// <summary>What a page documents, from <c>doc_type</c> (typos tolerated) or, failing that, from its content.</summary>
public enum PageKind
{
    Unknown = 0,
    Api,
    Resource,
    Enum,
    Conceptual,
}
