using Avance.Data.Demo;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Cli;

/// <summary>`avance users add | list | role` run as the real executable, as an operator would.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly UsersCli cli = new();

    [Theory, Providers]
    public async Task The_first_administrator_is_made_from_a_password_file_audited_as_system_and_can_sign_in(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        var result = await cli.RunAsync(database, "users", "add", "--email", "first@example.org", "--role", "admin", "--password-file", cli.PasswordFile());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("first@example.org", result.Output);
        await using (var db = database.NewContext())
        {
            var account = await db.Users.Where(DemoAccounts.IsReal).SingleAsync();
            Assert.Equal(AccountRole.Administrator, account.Role);
            Assert.Null(account.OrganisationId);
            Assert.DoesNotContain(TestAccounts.Password, account.PasswordHash);
            var entry = await AuditTrail.For(db, AccountAudit.ItemType, account.Id).SingleAsync();
            Assert.Equal((AccountAudit.Create, AuditTrail.SystemActor), (entry.Action, entry.Actor));
            Assert.Contains("\"role\":\"Administrator\"", entry.After);
        }

        await using var app = new AvanceApp(database);
        using var client = await app.SignedInClientAsync(new AvanceUser { Email = "first@example.org" });
    }

    [Fact]
    public async Task Organisations_are_found_by_acronym_in_any_language_or_iati_identifier_ignoring_case_and_listed()
    {
        foreach (var (email, role, reference) in new[]
        {
            ("un@example.org", "focal-point", "onu mujeres"), ("iati@example.org", "focal-point", "XM-dac-41146"),
            ("sre@example.org", "focal-point", "sre"), ("cso@example.org", "observer", "wilpf méxico"),
        })
            Assert.Equal(0, (await cli.RunAsync("users", "add", "--email", email, "--role", role, "--organisation", reference,
                "--password-file", cli.PasswordFile())).ExitCode);

        var list = await cli.RunAsync("users", "list");

        var rows = list.Output.Split('\n').Where(line => line.Contains('@')).Select(Columns).ToList();
        Assert.Equal<string[]>(
        [
            ["cso@example.org", "observer", "WILPF Mexico", "no"], ["iati@example.org", "focal-point", "UN Women", "no"],
            ["sre@example.org", "focal-point", "SRE", "no"], ["un@example.org", "focal-point", "UN Women", "no"],
        ], rows);
    }

    [Fact]
    public async Task Role_changes_role_and_organisation_recording_both_sides_and_the_last_administrator_keeps_the_role()
    {
        await cli.RunAsync("users", "add", "--email", "admin@example.org", "--role", "admin", "--password-file", cli.PasswordFile());
        await cli.RunAsync("users", "add", "--email", "ana@example.org", "--role", "observer", "--organisation", "WILPF Mexico", "--password-file", cli.PasswordFile());

        var changed = await cli.RunAsync("users", "role", "--email", "ana@example.org", "--role", "coordinator");
        var refused = await cli.RunAsync("users", "role", "--email", "admin@example.org", "--role", "coordinator");

        Assert.Equal(0, changed.ExitCode);
        UsersCli.AssertRefused(refused, "admin@example.org");
        await using var db = cli.Database.NewContext();
        var ana = await db.Users.SingleAsync(u => u.Email == "ana@example.org");
        Assert.Equal((AccountRole.Coordinator, (int?)null), (ana.Role, ana.OrganisationId));
        var entry = await AuditTrail.For(db, AccountAudit.ItemType, ana.Id).Where(e => e.Action == AccountAudit.Role).SingleAsync();
        Assert.Contains("\"role\":\"Observer\"", entry.Before);
        Assert.Contains("\"role\":\"Coordinator\"", entry.After);
        Assert.Equal(AuditTrail.SystemActor, entry.Actor);
        Assert.Equal(AccountRole.Administrator, (await db.Users.SingleAsync(u => u.Email == "admin@example.org")).Role);
        Assert.Equal(3, await db.AuditEntries.CountAsync());
    }

    [Theory]
    [InlineData("--email=not-an-address", "--role=admin", "--email")]
    [InlineData("--role=admin", "", "--email")]
    [InlineData("--email=a@example.org", "--role=superuser", "--role")]
    [InlineData("--email=a@example.org", "--role=focal-point", "--organisation")]
    [InlineData("--email=a@example.org", "--role=observer", "--organisation")]
    public async Task Bad_arguments_are_refused_before_anything_is_read_or_written(string first, string second, string named)
    {
        var result = await cli.RunAsync([.. new[] { "users", "add", first, second }.Where(a => a.Length > 0), "--password-file", cli.PasswordFile()]);

        UsersCli.AssertRefused(result, named);
        Assert.False(cli.DatabaseExists);
    }

    [Fact]
    public async Task An_administrator_takes_no_organisation()
    {
        var result = await cli.RunAsync("users", "add", "--email", "a@example.org", "--role", "admin", "--organisation", "SRE", "--password-file", cli.PasswordFile());

        UsersCli.AssertRefused(result, "--organisation");
        Assert.False(cli.DatabaseExists);
    }

    [Fact]
    public async Task Without_a_password_file_and_without_a_terminal_nothing_is_created()
    {
        var result = await cli.RunAsync("users", "add", "--email", "a@example.org", "--role", "admin");

        UsersCli.AssertRefused(result, "--password-file");
        Assert.False(cli.DatabaseExists);
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("")]
    public async Task A_password_shorter_than_twelve_characters_is_refused(string password)
    {
        var result = await cli.RunAsync("users", "add", "--email", "a@example.org", "--role", "admin", "--password-file", cli.PasswordFile(password));

        UsersCli.AssertRefused(result, "12");
        Assert.False(cli.DatabaseExists);
    }

    [Fact]
    public async Task A_missing_password_file_is_named()
    {
        var result = await cli.RunAsync("users", "add", "--email", "a@example.org", "--role", "admin", "--password-file", "no-such-file.txt");

        UsersCli.AssertRefused(result, "no-such-file.txt");
        Assert.False(cli.DatabaseExists);
    }

    [Fact]
    public async Task What_only_the_database_can_tell_is_refused_and_changes_nothing()
    {
        await cli.RunAsync("users", "add", "--email", "taken@example.org", "--role", "admin", "--password-file", cli.PasswordFile());

        foreach (var (arguments, named) in new[]
        {
            (new[] { "--email=taken@example.org", "--role=coordinator" }, "taken@example.org"),
            (["--email=b@example.org", "--role=observer", "--organisation=SRE"], "--organisation"),
            (["--email=b@example.org", "--role=focal-point", "--organisation=WILPF Mexico"], "--organisation"),
            (["--email=b@example.org", "--role=focal-point", "--organisation=no such body"], "no such body"),
        })
            UsersCli.AssertRefused(await cli.RunAsync(["users", "add", .. arguments, "--password-file", cli.PasswordFile()]), named);

        await using var db = cli.Database.NewContext();
        Assert.Equal(1, await db.Users.CountAsync(DemoAccounts.IsReal));
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Refusals_follow_the_operators_language()
    {
        var result = await cli.RunAsync(new Dictionary<string, string> { ["LANG"] = "es_MX.UTF-8" }, "users", "add", "--email", "a@example.org", "--role", "superuser");

        UsersCli.AssertRefused(result, "--role");
        Assert.Contains("Rol desconocido", result.Error);
    }

    [Fact]
    public async Task Listing_an_empty_database_says_how_to_make_the_first_administrator()
    {
        var result = await cli.RunAsync("users", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("avance users add --email", result.Output);
    }

    private static string[] Columns(string row) => row.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose() => cli.Dispose();
}
