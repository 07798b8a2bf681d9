namespace Avance.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests may use: each test creates and drops its own database on it.</summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "AVANCE_TEST_POSTGRES";

    /// <summary>Host, port and user of the server, without a Database= part.</summary>
    public static string BaseConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                "PostgreSQL tests need AVANCE_TEST_POSTGRES (run ./test.sh, which starts a throw-away server)");
}
