using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Avance.Tests.Infrastructure;

/// <summary>The real application over HTTP, on a test database that it migrates and fills with demo data as it starts.</summary>
public sealed class AvanceApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    /// <summary>Where this app's mail goes (the folder sender): one folder per app, so tests never read each other's mail.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "avance-tests", "mail", Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Further settings for this app, as "Section:Key" = value; set them before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = settings?.ToDictionary(s => s.Key, s => (string?)s.Value) ?? [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Avance:Database:Provider", Database.ProviderSetting);
        builder.UseSetting("ConnectionStrings:Avance", Database.ConnectionString);
        builder.UseSetting("Avance:Mail:Folder", MailFolder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
    }
}
