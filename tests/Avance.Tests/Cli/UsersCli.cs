using Avance.Tests.Infrastructure;

namespace Avance.Tests.Cli;

/// <summary>A scratch folder with its own SQLite database (or a given test database) for running `avance users …`.</summary>
public sealed class UsersCli : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("avance-users-").FullName;
    private readonly TestDatabase sqlite;

    public UsersCli() => sqlite = TestDatabase.Create(Provider.Sqlite);

    /// <summary>The SQLite database the commands of this folder use unless given another.</summary>
    public TestDatabase Database => sqlite;

    public bool DatabaseExists => File.Exists(sqlite.Name);

    public string PasswordFile(string password = TestAccounts.Password)
    {
        var path = Path.Combine(folder, $"password-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, password + "\n");
        return path;
    }

    public Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(sqlite, [], arguments);

    public Task<ProcessResult> RunAsync(TestDatabase database, params string[] arguments) => RunAsync(database, [], arguments);

    public Task<ProcessResult> RunAsync(Dictionary<string, string> environment, params string[] arguments) => RunAsync(sqlite, environment, arguments);

    private Task<ProcessResult> RunAsync(TestDatabase database, Dictionary<string, string> environment, string[] arguments) =>
        AvanceProcess.RunAsync(folder, new Dictionary<string, string>(environment)
        {
            ["Avance__Database__Provider"] = database.ProviderSetting,
            ["ConnectionStrings__Avance"] = database.ConnectionString,
        }, arguments);

    /// <summary>Exit code 2 and one line on standard error that names what to change, without a stack trace.</summary>
    public static void AssertRefused(ProcessResult result, string mustName)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected one line on stderr, got:\n" + result.Error + result.Output);
        Assert.Contains(mustName, lines[0]);
        Assert.DoesNotContain("   at ", result.Error + result.Output);
    }

    public void Dispose()
    {
        sqlite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(folder, recursive: true);
    }
}
