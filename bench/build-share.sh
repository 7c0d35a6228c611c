#!/usr/bin/env bash
# Build-time share of the Specdown generator and analyzers: compiles a consuming project whose AdditionalFiles are the
# whole corpus (not copied: the items point at it), with -p:ReportAnalyzer=true, and prints the generator's and the
# analyzers' execution time against the Csc task's time.
#   bench/build-share.sh [corpus-dir]        (default: $SPECDOWN_CORPUS, else /work/shared/corpus/graph-docs-beta-2021)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-${SPECDOWN_CORPUS:-/work/shared/corpus/graph-docs-beta-2021}}"
work="${TMPDIR:-/tmp}/specdown-build-share"
mkdir -p "$work"
cat > "$work/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/packaging/Specdown/buildTransitive/Specdown.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
    <SpecdownDefaultDocs>false</SpecdownDefaultDocs>
    <SpecdownBaseUrl>https://graph.microsoft.com/beta</SpecdownBaseUrl>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);SPD0001;SPD0002;SPD0003;SPD0004;SPD0005;SPD0006;SPD0007;SPD0008;SPD0009;SPD0010;SPD0011;SPD0012;SPD0013;SPD0014;SPD0015;SPD0016;SPD0017;SPD0018;SPD0019;SPD0020</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <SpecdownDocs Include="$corpus/**/*.md" />
    <ProjectReference Include="$repo/generator/Specdown.Generator/Specdown.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/analyzers/Specdown.Analyzers/Specdown.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/packaging/Specdown/buildTransitive/Specdown.targets" />
</Project>
XML
echo 'namespace Consumer; public static class Marker { }' > "$work/Marker.cs"
# Warm build (restore, generator/analyzer projects), then the measured full recompile of the consumer alone.
dotnet build "$work/Consumer.csproj" -c Release -v:quiet -nologo > "$work/warm.log" 2>&1 || true
dotnet build "$work/Consumer.csproj" -c Release --no-dependencies --no-incremental -nologo \
  -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary > "$work/build.log" 2>&1 || true
log="$work/build.log"
csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s+[0-9]+ calls' "$log" | head -1 | awk '{print $1}' || true)
generator=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+Specdown\.Generator, Version' "$log" | head -1 | awk '{print $1}' || true)
analyzers=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+Specdown\.Analyzers, Version' "$log" | head -1 | awk '{print $1}' || true)
allgen=$(grep -E 'Total generator execution time' "$log" | head -1 | grep -oE '[0-9]+([.][0-9]+)?' | head -1 || true)
allana=$(grep -E 'Total analyzer execution time' "$log" | head -1 | grep -oE '[0-9]+([.][0-9]+)?' | head -1 || true)
echo "corpus: $corpus ($(find "$corpus" -name '*.md' | wc -l) pages); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Csc task: ${csc:-?} ms; Specdown generator: ${generator:-?} s (all generators ${allgen:-?} s); Specdown analyzers: ${analyzers:-?} s (all analyzers ${allana:-?} s)"
if [[ -n "${csc:-}" && -n "${generator:-}" && -n "${analyzers:-}" ]]; then
  awk -v c="$csc" -v g="$generator" -v a="$analyzers" 'BEGIN { printf "share of the Csc task: generator %.1f%%, analyzers %.1f%%, together %.1f%% (analyzer time is summed over concurrent analyzers: an upper bound)\n", 100*g*1000/c, 100*a*1000/c, 100*(g+a)*1000/c }'
fi
echo "errors: $(grep -cE ' error (CS|SPD)' "$log" || true) (log: $log)"
