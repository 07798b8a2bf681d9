using System.Text.RegularExpressions;
using Avance.Features.Accounts;

namespace Avance.Tests.Features.Accounts;

/// <summary>docs/accounts.md tells people who may do what; these tests fail when its tables and the code disagree.</summary>
public sealed partial class AccountsDocumentationTests
{
    private static readonly Dictionary<string, AccountRole> RoleColumns = new()
    {
        ["Administrator"] = AccountRole.Administrator,
        ["Coordinator"] = AccountRole.Coordinator,
        ["Focal point"] = AccountRole.FocalPoint,
        ["Observer"] = AccountRole.Observer,
    };

    [Fact]
    public void The_roles_and_permissions_table_is_what_the_code_grants()
    {
        var (headings, rows) = Table("Permission");

        Assert.Equal(Permissions.All.Order(), rows.Select(row => Code(row[0])).Order());
        Assert.Equal(RoleColumns.Keys.Order(), headings.Where(RoleColumns.ContainsKey).Order());
        foreach (var (heading, role) in RoleColumns)
        {
            var column = headings.IndexOf(heading);
            var documented = rows.Where(row => Mark(row[column])).Select(row => Code(row[0]));
            Assert.Equal(Permissions.Of(role).Order(), documented.Order());
        }
    }

    [Fact]
    public void The_token_scopes_table_is_what_each_scope_unlocks()
    {
        var (_, rows) = Table("Scope");

        Assert.Equal(TokenScopes.All.Select(s => s.ToString()).Order(), rows.Select(row => Code(row[0])).Order());
        foreach (var row in rows)
        {
            var scope = Enum.Parse<TokenScope>(Code(row[0]));
            Assert.Equal(Permissions.Of(scope).Order(), Codes().Matches(row[1]).Select(m => m.Groups[1].Value).Order());
        }
    }

    /// <summary>The markdown table whose first heading is <paramref name="firstHeading"/>: its headings and its rows of cells.</summary>
    private static (List<string> Headings, List<string[]> Rows) Table(string firstHeading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "accounts.md"));
        var start = Array.FindIndex(lines, line => line.StartsWith($"| {firstHeading} |", StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/accounts.md has no table starting with '{firstHeading}'");
        var rows = lines.Skip(start + 2).TakeWhile(line => line.StartsWith('|')).Select(Cells).ToList();
        return ([.. Cells(lines[start])], rows);
    }

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(cell => cell.Trim())];

    private static string Code(string cell) => Codes().Match(cell) is { Success: true } match ? match.Groups[1].Value : cell;

    private static bool Mark(string cell) => cell switch
    {
        "yes" => true,
        "—" => false,
        _ => throw new Xunit.Sdk.XunitException($"A cell of the roles table says '{cell}': use 'yes' or '—'."),
    };

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Avance.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException("No Avance.slnx above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Codes();
}
