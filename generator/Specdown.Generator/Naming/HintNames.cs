namespace Specdown.Generator.Naming;

/// <summary>
/// Deterministic, unique hint names: a folder per output kind plus the relative namespace and the C# name, e.g.
/// <c>Models/CallRecords.Session.g.cs</c> (types and enums: the file of their name group, see <see cref="FileGroups"/>). Names are built from allocated identifiers, so they are valid file names.
/// </summary>
internal static class HintNames
{
    /// <summary>The file of a type or enum, shared with the similarly named types of its namespace (<see cref="FileGroups"/>).</summary>
    public static string Model(TypeEntry entry) => Join(entry.IsEnum ? "Enums" : "Models", entry.RelativeNamespace, entry.FileName);

    public static string Operations(string group) => "Operations/" + group + "Operations.g.cs";

    public static string Server(string group) => "Server/" + group + "Endpoints.g.cs";

    public static string Client(string group) => "Client/" + group + "Client.g.cs";

    public static string Support(string name) => "Support/" + name + ".g.cs";

    private static string Join(string folder, string relativeNamespace, string name) =>
        folder + "/" + (relativeNamespace.Length == 0 ? name : relativeNamespace + "." + name) + ".g.cs";
}
