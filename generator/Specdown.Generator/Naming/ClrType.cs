namespace Specdown.Generator.Naming;

/// <summary>
/// The C# type of a property or parameter: the element type (<c>global::</c>-qualified or a keyword), whether it is a
/// value type, a collection, and whether it needs the generated ISO 8601 duration converter.
/// </summary>
internal sealed class ClrType
{
    public ClrType(string element, bool isValueType, bool isCollection, bool isDuration)
    {
        Element = element;
        IsValueType = isValueType;
        IsCollection = isCollection;
        IsDuration = isDuration;
    }

    public string Element { get; }

    public bool IsValueType { get; }

    public bool IsCollection { get; }

    public bool IsDuration { get; }

    /// <summary>The declared type: <c>IList&lt;T&gt;</c> for collections; nullable unless <paramref name="required"/>.</summary>
    public string Declare(bool required)
    {
        var type = IsCollection ? "global::System.Collections.Generic.IList<" + Element + ">" : Element;
        return required ? type : type + "?";
    }
}
