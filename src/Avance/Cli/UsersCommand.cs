using System.CommandLine;
using Avance.Data;

namespace Avance.Cli;

/// <summary>
/// `avance users add | list | role`: accounts from the command line, where the first administrator is made (there is
/// no default account). A refusal is one line on standard error, exit code 2, and nothing changed.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(Func<ParseResult, string[]> hostSettings)
    {
        var email = new Option<string?>("--email") { Description = Messages.OptionEmail };
        var role = new Option<string?>("--role") { Description = Messages.OptionRole };
        var organisation = new Option<string?>("--organisation") { Description = Messages.OptionOrganisation };
        var passwordFile = new Option<FileInfo?>("--password-file") { Description = Messages.OptionPasswordFile };

        var add = new Command("add", Messages.CommandUsersAdd) { email, role, organisation, passwordFile };
        var list = new Command("list", Messages.CommandUsersList);
        var changeRole = new Command("role", Messages.CommandUsersRole) { email, role, organisation };
        var users = new Command("users", Messages.CommandUsers) { add, list, changeRole };

        add.SetAction((result, token) => RunAsync(hostSettings(result), token, (services, ct) => UsersAdd.RunAsync(services,
            new UsersAdd.Request(result.GetValue(email), result.GetValue(role), result.GetValue(organisation), result.GetValue(passwordFile)), ct)));
        list.SetAction((result, token) => RunAsync(hostSettings(result), token, UsersList.RunAsync));
        changeRole.SetAction((result, token) => RunAsync(hostSettings(result), token, (services, ct) => UsersRole.RunAsync(services,
            result.GetValue(email), result.GetValue(role), result.GetValue(organisation), ct)));
        foreach (var command in new[] { users, add, list, changeRole }) command.TreatUnmatchedTokensAsErrors = false;
        return users;
    }

    private static async Task<int> RunAsync(string[] hostSettings, CancellationToken cancellationToken,
        Func<IServiceProvider, CancellationToken, Task> work)
    {
        try
        {
            await using var app = Program.BuildWebApp(hostSettings);
            await using var scope = app.Services.CreateAsyncScope();
            await work(scope.ServiceProvider, cancellationToken);
            return 0;
        }
        catch (Exception e) when (e is StartupException or UsersRefusal)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    /// <summary>The database as the server would find it on its first start: migrated, with the demo data when empty.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var startup = services.GetRequiredService<DatabaseStartup>();
        await startup.MigrateAsync(cancellationToken);
        await startup.LoadDemoDataIfEmptyAsync(cancellationToken);
    }
}

/// <summary>The command cannot do what was asked; the message says why and which option to change.</summary>
internal sealed class UsersRefusal(string message) : Exception(message);
