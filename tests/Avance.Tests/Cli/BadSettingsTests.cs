using System.Net;
using System.Net.Sockets;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Cli;

/// <summary>A bad setting is one clear line naming the setting, a non-zero exit, no stack trace and nothing written.</summary>
public sealed class BadSettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("avance-cli-").FullName;

    [Fact]
    public async Task UnknownProvider_NamesTheSettingAndWritesNothing()
    {
        var result = await Run(new() { ["Avance__Database__Provider"] = "oracle" }, "migrate");

        AssertOneLineFailure(result, "Avance__Database__Provider");
        Assert.Contains("'oracle'", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public async Task Serve_WithAnUnknownProvider_StopsWithOneLine()
    {
        var result = await Run(new() { ["Avance__Database__Provider"] = "oracle" }, "--urls", $"http://127.0.0.1:{FreePort()}");

        AssertOneLineFailure(result, "Avance__Database__Provider");
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public async Task UnreachablePostgres_NamesTheConnectionString()
    {
        var result = await Run(new()
        {
            ["Avance__Database__Provider"] = "postgres",
            ["ConnectionStrings__Avance"] = $"Host=127.0.0.1;Port={FreePort()};Database=avance;Username=avance;Timeout=3",
        }, "migrate");

        AssertOneLineFailure(result, "ConnectionStrings__Avance");
    }

    [Fact]
    public async Task PostgresWithoutConnectionString_SaysWhatToSet()
    {
        var result = await Run(new() { ["Avance__Database__Provider"] = "postgres" }, "migrate");

        AssertOneLineFailure(result, "ConnectionStrings__Avance");
    }

    [Fact]
    public async Task SqliteFileThatCannotBeCreated_NamesTheFile()
    {
        var blocker = Path.Combine(folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where a folder should be");

        var result = await Run(new() { ["ConnectionStrings__Avance"] = $"Data Source={blocker}/avance.db" }, "migrate");

        AssertOneLineFailure(result, "not-a-folder");
        Assert.Equal("a file where a folder should be", await File.ReadAllTextAsync(blocker));
    }

    [Fact]
    public async Task SqliteFileThatIsNotADatabase_IsRefusedAndKept()
    {
        var path = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(path, "these are notes, not a database");

        var result = await Run(new() { ["ConnectionStrings__Avance"] = $"Data Source={path}" }, "migrate");

        AssertOneLineFailure(result, "notes.db");
        Assert.Equal("these are notes, not a database", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task PortInUse_SaysSoAndSuggestsUrls()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var result = await Run(new(), "--urls", $"http://127.0.0.1:{port}");

        AssertOneLineFailure(result, "--urls");
        Assert.Contains(port.ToString(), result.Error);
    }

    [Fact]
    public async Task UnknownCommand_IsRefused()
    {
        var result = await Run(new(), "frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public async Task Migrate_OnAFreshFolder_CreatesTheDefaultDatabaseUnderData()
    {
        var result = await Run(new(), "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "data", "avance.db")));
    }

    [Fact]
    public async Task Messages_FollowTheOperatorsLanguage()
    {
        var result = await Run(new() { ["Avance__Database__Provider"] = "oracle", ["LANG"] = "es_MX.UTF-8" }, "migrate");

        AssertOneLineFailure(result, "Avance__Database__Provider");
        Assert.Contains("Proveedor de base de datos desconocido", result.Error);
    }

    private Task<ProcessResult> Run(Dictionary<string, string> environment, params string[] arguments) =>
        AvanceProcess.RunAsync(folder, environment, arguments);

    private static void AssertOneLineFailure(ProcessResult result, string mustName)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected one line on stderr, got:\n" + result.Error + result.Output);
        Assert.Contains(mustName, lines[0]);
        Assert.DoesNotContain("   at ", result.Error + result.Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
