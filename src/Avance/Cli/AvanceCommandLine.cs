using System.CommandLine;
using Avance.Data;

namespace Avance.Cli;

/// <summary>`avance` runs the web server; `migrate`, `seed`, `import` and `export` work on the database and exit.</summary>
public static class AvanceCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var urls = new Option<string?>("--urls") { Description = Messages.OptionUrls };
        var serve = new Command("serve", Messages.CommandServe) { urls };
        var migrate = new Command("migrate", Messages.CommandMigrate);
        var seed = new Command("seed", Messages.CommandSeed);
        var import = ImportCommand.Create(HostSettings);
        var export = ExportCommand.Create(HostSettings);
        var root = new RootCommand(Messages.CommandRoot) { urls, serve, migrate, seed, import, export };
        root.Subcommands.Add(UsersCommand.Create(HostSettings));

        root.SetAction((result, token) => Serve.RunAsync(result.GetValue(urls), HostSettings(result), token));
        serve.SetAction((result, token) => Serve.RunAsync(result.GetValue(urls), HostSettings(result), token));
        migrate.SetAction((result, token) => OnDatabase(result, token, async (startup, ct) =>
        {
            await startup.MigrateAsync(ct);
            Console.WriteLine(Messages.DatabaseUpToDate);
        }));
        seed.SetAction((result, token) => OnDatabase(result, token, async (startup, ct) =>
        {
            await startup.MigrateAsync(ct);
            await startup.ReloadDemoDataAsync(ct);
            Console.WriteLine(Messages.DemoDataReloaded);
        }));
        foreach (var command in new[] { root, serve, migrate, seed }) command.TreatUnmatchedTokensAsErrors = false;

        var parsed = root.Parse(args);
        if (ImportExportArguments.Refusal(parsed, IsHostSetting) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }
        var stray = parsed.UnmatchedTokens.FirstOrDefault(t => !IsHostSetting(t));
        if (stray is not null)
        {
            Console.Error.WriteLine(string.Format(Messages.UnknownArgument, stray));
            return 1;
        }
        return await parsed.InvokeAsync();
    }

    /// <summary>ASP.NET settings given as --Key=Value (and what a test host passes) go to the host unchanged.</summary>
    private static bool IsHostSetting(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains('=');

    private static string[] HostSettings(ParseResult result) => [.. result.UnmatchedTokens];

    private static async Task<int> OnDatabase(ParseResult result, CancellationToken token, Func<DatabaseStartup, CancellationToken, Task> work)
    {
        try
        {
            await using var app = Program.BuildWebApp(HostSettings(result));
            await using var scope = app.Services.CreateAsyncScope();
            await work(scope.ServiceProvider.GetRequiredService<DatabaseStartup>(), token);
            return 0;
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}
