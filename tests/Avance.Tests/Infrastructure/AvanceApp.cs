using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Avance.Tests.Infrastructure;

/// <summary>The real application over HTTP, on a test database that it migrates and fills with demo data as it starts.</summary>
public sealed class AvanceApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Avance:Database:Provider", Database.ProviderSetting);
        builder.UseSetting("ConnectionStrings:Avance", Database.ConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
