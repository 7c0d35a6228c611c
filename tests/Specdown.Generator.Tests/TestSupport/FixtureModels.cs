using Specdown.Model;
using static Specdown.Generator.Tests.TestSupport.Models;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Hand-built doc sets for focused emitter tests (what the parser produces for small fixture pages).</summary>
internal static class FixtureModels
{
    /// <summary>The seed: entity, chat : entity, and POST /chats/$ref (204, no body).</summary>
    public static List<PageModel> Chat() => new()
    {
        Page("resources/entity.md", new[] { Type("entity", isAbstract: false, description: "Base of all entities.", path: "resources/entity.md", properties: Prop("id", Primitive("String"), "The unique identifier.")) }),
        Page("resources/chat.md", new[]
        {
            Type("chat", baseType: "microsoft.graph.entity", description: "A chat between users.", path: "resources/chat.md", properties: new[]
            {
                Prop("id", Primitive("String"), "Inherited from entity.", inheritedFrom: "entity"),
                Prop("topic", Primitive("String"), "The chat's subject."),
                Prop("createdDateTime", Primitive("DateTimeOffset"), "When it was created."),
                Prop("lastUpdatedDateTime", Primitive("DateTimeOffset"), "When it last changed."),
            }),
        }),
        Page("api/chat-post-chats-ref.md", operation: Operation("Add chat", new[] { Path("POST", "/chats/$ref") }, body: Named("chat", link: "../resources/chat.md"), status: 204, returns: Named("chat", link: "../resources/chat.md"))),
        Page("api/chat-get.md", operation: Operation("Get chat", new[] { Path("GET", "/chats/{id}"), Path("GET", "/users/{id | userPrincipalName}/chats/{id}") }, status: 200, returns: Named("chat"))),
        Page("api/chat-list.md", operation: Operation("List chats", new[] { Path("GET", "/chats") }, status: 200, returns: Named("chat", collection: true))),
    };

    /// <summary>Every primitive, collections, required and deprecated properties, an open type.</summary>
    public static List<PageModel> Primitives()
    {
        var properties = new List<PropertyModel>();
        foreach (var name in PrimitiveTypes.All)
        {
            properties.Add(Prop(char.ToLowerInvariant(name[0]) + name.Substring(1) + "Value", Primitive(name), "A " + name + "."));
        }

        properties.Add(Prop("tags", Primitive("String", collection: true), "Collection of strings."));
        properties.Add(Prop("durations", Primitive("Duration", collection: true), "Collection of durations."));
        properties.Add(Prop("requiredName", Primitive("String"), "Required.", required: true));
        properties.Add(Prop("requiredCount", Primitive("Int32"), "Required.", required: true));
        properties.Add(Prop("requiredDuration", Primitive("Duration"), "Required.", required: true));
        properties.Add(Prop("oldName", Primitive("String"), "(deprecated) Use newName.", deprecated: true));
        properties.Add(Prop("mystery", Unclassified("a or b, see remarks"), "Free text type."));
        properties.Add(Prop("ghost", Named("typeNobodyDocuments"), "Unresolved named type."));
        properties.Add(Prop("children", Named("allTypes", collection: true), "Self collection."));
        properties.Add(Prop("colors", Named("color", collection: true), "Collection of enums."));
        return new()
        {
            Page("resources/alltypes.md", new[] { Type("allTypes", open: true, description: "Every primitive.", path: "resources/alltypes.md", properties: properties.ToArray()) }),
            Page("resources/color.md", enums: new[] { Enum("color", path: "resources/color.md", members: new[] { Member("red"), Member("green"), Member("unknownFutureValue") }) }),
        };
    }

    /// <summary>Enums with spaces, dots, keywords, case clashes, flags, values, no unknownFutureValue.</summary>
    public static List<PageModel> Enums() => new()
    {
        Page("resources/enums.md", enums: new[]
        {
            Enum("paperSize", path: "resources/enums.md", members: new[] { Member("JIS B4"), Member("Photo l 3.5x5in"), Member("A4"), Member("a4"), Member("3x5"), Member("A4") }),
            Enum("keywordy", path: "resources/enums.md", members: new[] { Member("default"), Member("null"), Member("class"), Member("keywordy"), Member("unknownFutureValue") }),
            Enum("weekdays", flags: true, path: "resources/enums.md", members: new[] { Member("none", 0), Member("monday", 1), Member("tuesday", 2), Member("wednesday", 4) }),
            Enum("implicitFlags", flags: true, path: "resources/enums.md", members: new[] { Member("read"), Member("write"), Member("execute") }),
            Enum("bigValues", path: "resources/enums.md", members: new[] { Member("small", 1), Member("huge", 5000000000) }),
            Enum("empty", path: "resources/enums.md"),
        }),
    };

    /// <summary>directoryObject ← user, group; group ← team (two levels), abstract base, a cycle, sub-namespace types.</summary>
    public static List<PageModel> Polymorphism() => new()
    {
        Page("resources/directoryobject.md", new[] { Type("directoryObject", baseType: "entity", isAbstract: false, path: "resources/directoryobject.md", properties: new[] { Prop("@odata.type", Primitive("String")), Prop("deletedDateTime", Primitive("DateTimeOffset")) }) }),
        Page("resources/entity.md", new[] { Type("entity", path: "resources/entity.md", properties: Prop("id", Primitive("String"))) }),
        Page("resources/user.md", new[] { Type("user", baseType: "directoryObject", path: "resources/user.md", properties: new[] { Prop("id", Primitive("String")), Prop("displayName", Primitive("String")), Prop("manager", Named("directoryObject")) }) }),
        Page("resources/group.md", new[] { Type("group", baseType: "microsoft.graph.directoryObject", path: "resources/group.md", properties: new[] { Prop("members", Named("directoryObject", collection: true)) }) }),
        Page("resources/team.md", new[] { Type("team", baseType: "group", path: "resources/team.md", properties: new[] { Prop("displayName", Primitive("String")) }) }),
        Page("resources/cycle.md", new[] { Type("cycleA", baseType: "cycleB", path: "resources/cycle.md"), Type("cycleB", baseType: "cycleA", path: "resources/cycle.md"), Type("selfish", baseType: "selfish", path: "resources/cycle.md") }),
        Page("resources/callrecords-session.md", new[] { Type("session", ns: "microsoft.graph.callRecords", path: "resources/callrecords-session.md", properties: new[] { Prop("caller", Named("endpoint")), Prop("user", Named("user")) }) }, ns: "microsoft.graph.callRecords"),
        Page("resources/callrecords-endpoint.md", new[] { Type("endpoint", ns: "microsoft.graph.callRecords", path: "resources/callrecords-endpoint.md") }, ns: "microsoft.graph.callRecords"),
        Page("resources/endpoint.md", new[] { Type("endpoint", path: "resources/endpoint.md", properties: Prop("x", Primitive("Int32"))) }),
        Page("resources/callrecords.md", new[] { Type("callRecords", path: "resources/callrecords.md") }),
        Page("resources/openbase.md", new[] { Type("openBase", open: true, path: "resources/openbase.md"), Type("openDerived", baseType: "openBase", open: true, path: "resources/openbase.md", properties: Prop("additionalData", Primitive("String"))) }),
    };

    /// <summary>Names that clash with C# and .NET: keywords, @odata, case-only clashes, property named like its type.</summary>
    public static List<PageModel> NameHazards() => new()
    {
        Page("resources/list.md", new[]
        {
            Type("list", path: "resources/list.md", properties: new[]
            {
                Prop("list", Primitive("String")), Prop("List", Primitive("Int32")), Prop("base", Primitive("String")), Prop("class", Primitive("String")),
                Prop("event", Primitive("String")), Prop("@odata.type", Primitive("String")), Prop("@odata.etag", Primitive("String")), Prop("_private", Primitive("String")),
                Prop("3dView", Primitive("Boolean")), Prop("toString", Primitive("String")), Prop("", Primitive("String")), Prop("file", Named("file")), Prop("uri", Named("uri")),
                Prop("system", Named("system")), Prop("task", Named("task")), Prop("json", Named("json")),
            }),
        }),
        Page("resources/file.md", new[] { Type("file", path: "resources/file.md"), Type("File", path: "resources/file.md") }),
        Page("resources/misc.md", new[] { Type("uri", path: "resources/misc.md"), Type("system", path: "resources/misc.md"), Type("task", path: "resources/misc.md"), Type("json", path: "resources/misc.md"), Type("directory", path: "resources/misc.md"), Type("client", path: "resources/misc.md"), Type("serialization", path: "resources/misc.md") }),
        Page("resources/clientns.md", new[] { Type("thing", ns: "microsoft.graph.client", path: "resources/clientns.md") }, ns: "microsoft.graph.client"),
        Page("api/weird.md", operation: Operation("Do the thing (preview)", new[] { Path("POST", "/lists/{id}/items/{id}/microsoft.graph.doThing(mode='{mode}')"), Path("GET", "/lists/{list-id}/$value"), Path("PATCH", "/lists/{class}/{default}") },
            bodyProperties: new[] { Prop("mode", Primitive("String"), required: true), Prop("count", Primitive("Int32")) }, status: 200, returns: Primitive("Stream"))),
    };
}
