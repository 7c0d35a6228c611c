namespace Specdown.Generator.Pipeline;

/// <summary>The names of the incremental steps (tests assert their caching by these names).</summary>
public static class TrackingNames
{
    public const string MarkdownFiles = nameof(MarkdownFiles);
    public const string ParsePage = nameof(ParsePage);
    public const string ProjectDirectory = nameof(ProjectDirectory);
    public const string PageSpec = nameof(PageSpec);
    public const string PageSettings = nameof(PageSettings);
    public const string PageTypes = nameof(PageTypes);
    public const string PageEnums = nameof(PageEnums);
    public const string PageOperations = nameof(PageOperations);
    public const string PageKeys = nameof(PageKeys);
    public const string MergeTypes = nameof(MergeTypes);
    public const string MergeEnums = nameof(MergeEnums);
    public const string GroupOperations = nameof(GroupOperations);
    public const string Options = nameof(Options);
    public const string CompilationFacts = nameof(CompilationFacts);
    public const string Index = nameof(Index);
    public const string Types = nameof(Types);
    public const string Enums = nameof(Enums);
    public const string Groups = nameof(Groups);
    public const string TypeOutputs = nameof(TypeOutputs);
    public const string EnumOutputs = nameof(EnumOutputs);
    public const string TypeFiles = nameof(TypeFiles);
    public const string EnumFiles = nameof(EnumFiles);
    public const string GroupOutputs = nameof(GroupOutputs);
    public const string SupportOutputs = nameof(SupportOutputs);
    public const string BodyGroups = nameof(BodyGroups);
    public const string JsonContextOutput = nameof(JsonContextOutput);
    public const string ContractTestSettings = nameof(ContractTestSettings);
    public const string ContractTestPages = nameof(ContractTestPages);
    public const string ContractTestClasses = nameof(ContractTestClasses);
    public const string ContractTestOutputs = nameof(ContractTestOutputs);
    public const string ContractSupportOutputs = nameof(ContractSupportOutputs);
}
