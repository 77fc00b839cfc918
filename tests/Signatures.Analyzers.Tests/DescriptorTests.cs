using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Signatures.Shared;

namespace Signatures.Analyzers.Tests;

/// <summary>Meta tests over every descriptor (after Meziantou's RuleHelpUri test): ids unique and in their range,
/// tracked in AnalyzerReleases with the same category and severity, a help link to a page that exists.</summary>
public partial class DescriptorTests
{
    // The id ranges of DESIGN.md and the category each range uses.
    private static readonly Dictionary<string, string> CategoryByRange = new()
    {
        ["00"] = "Signatures.Contract",
        ["01"] = "Signatures.TypeMapping",
        ["02"] = "Signatures.Tensor",
        ["03"] = "Signatures.Params",
        ["04"] = "Signatures.ExternalArtifacts",
        ["09"] = "Signatures.Configuration",
    };

    public static TheoryData<string> Ids { get; } = new(AllAnalyzers.Descriptors.Select(static d => d.Id));

    [Fact]
    public void Every_id_constant_has_exactly_one_descriptor_and_ids_are_unique()
    {
        string[] constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(static f => (string)f.GetRawConstantValue()!).OrderBy(static x => x, StringComparer.Ordinal).ToArray();
        Assert.Equal(constants.Length, constants.Distinct().Count());

        var descriptorFields = typeof(Signatures.Analyzers.DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(static f => (DiagnosticDescriptor)f.GetValue(null)!).ToArray();
        Assert.Equal(descriptorFields.Length, descriptorFields.Select(static d => d.Id).Distinct().Count());
        Assert.Equal(constants, descriptorFields.Select(static d => d.Id).OrderBy(static x => x, StringComparer.Ordinal));

        // Every descriptor is reported by some analyzer, and no analyzer brings a descriptor of its own.
        Assert.Equal(constants, AllAnalyzers.Descriptors.Select(static d => d.Id));
        Assert.All(AllAnalyzers.Descriptors, d => Assert.Contains(d, descriptorFields));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_in_a_known_range_with_its_category(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        Assert.Matches(IdPattern(), id);
        Assert.True(CategoryByRange.TryGetValue(id.Substring(3, 2), out string? category), $"{id} is outside the ranges of DESIGN.md");
        Assert.Equal(category, descriptor.Category);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_names_the_member_has_a_title_and_is_enabled(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.Contains("{0}", descriptor.MessageFormat.ToString());
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.DoesNotContain('\n', descriptor.MessageFormat.ToString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_tracked_in_the_unshipped_release_with_its_category_and_severity(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        Dictionary<string, (string Category, string Severity)> tracked = TrackedRules();
        Assert.True(tracked.TryGetValue(id, out var row), $"{id} is not in AnalyzerReleases.Unshipped.md");
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
    }

    [Fact]
    public void Release_tracking_lists_no_unknown_ids() =>
        Assert.Equal(AllAnalyzers.Descriptors.Select(static d => d.Id), TrackedRules().Keys.OrderBy(static x => x, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_an_existing_page_that_explains_what_why_and_how_to_fix(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(descriptor.HelpLinkUri, UriKind.Absolute));

        string page = RepositoryFiles.PathOf("docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"missing help page {page}");
        string text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: ", text, StringComparison.Ordinal);
        foreach (string heading in new[] { "## What", "## Why", "## Example", "## How to fix" })
        {
            Assert.Contains(heading, text);
        }
        Assert.Contains(descriptor.DefaultSeverity.ToString(), text);
    }

    [Fact]
    public void Every_help_page_belongs_to_a_descriptor()
    {
        string[] pages = Directory.GetFiles(RepositoryFiles.PathOf("docs", "diagnostics"), "SIG*.md")
            .Select(static p => Path.GetFileNameWithoutExtension(p)).OrderBy(static x => x, StringComparer.Ordinal).ToArray();
        Assert.Equal(AllAnalyzers.Descriptors.Select(static d => d.Id), pages);
    }

    [Fact]
    public void Every_code_fix_fixes_known_ids_and_supports_fix_all()
    {
        Assert.NotEmpty(AllAnalyzers.CodeFixes);
        HashSet<string> ids = AllAnalyzers.Descriptors.Select(static d => d.Id).ToHashSet();
        foreach (CodeFixProvider fix in AllAnalyzers.CodeFixes)
        {
            Assert.NotEmpty(fix.FixableDiagnosticIds);
            Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, ids));
            // Fixes that only replace a node batch their edits; adding members needs its own Fix All (insertions collide).
            Assert.NotNull(fix.GetFixAllProvider());
            if (fix is not Signatures.CodeFixes.Rules.AddModelMemberCodeFix)
            {
                Assert.Same(WellKnownFixAllProviders.BatchFixer, fix.GetFixAllProvider());
            }
        }
    }

    private static DiagnosticDescriptor Descriptor(string id) => AllAnalyzers.Descriptors.Single(d => d.Id == id);

    private static Dictionary<string, (string Category, string Severity)> TrackedRules()
    {
        var rules = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (string line in File.ReadLines(RepositoryFiles.PathOf("src", "Signatures.Analyzers", file)))
            {
                string[] cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length == 4 && IdPattern().IsMatch(cells[0]))
                {
                    rules.Add(cells[0], (cells[1], cells[2]));
                }
            }
        }
        return rules;
    }

    [GeneratedRegex(@"^SIG\d{4}$")]
    private static partial Regex IdPattern();
}
