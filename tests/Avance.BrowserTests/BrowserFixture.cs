using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The screenshots get an app and a browser of their own so that they run beside the other tests (collections run in
/// parallel) and the whole suite stays quick on two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ScreenshotCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Screenshots";
}

/// <summary>
/// The real app on a real loopback socket, backed by a fresh SQLite file (migrated and loaded with the
/// demo data on first start), and one headless Chromium shared by every test of the collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
    ];

    private readonly DirectoryInfo _tempDirectory = Directory.CreateTempSubdirectory("avance-browser-");
    private AvanceFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>The app's services, for setting up what a journey starts from (accounts, a period) the way the app itself does.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not started.");

    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task InitializeAsync()
    {
        var databasePath = Path.Combine(_tempDirectory.FullName, "avance.db");
        _factory = new AvanceFactory($"Data Source={databasePath}");
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = ServerAddress(_factory);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("AVANCE_CHROMIUM") is { Length: > 0 } path
                ? path
                : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (own cookies and storage) whose relative URLs resolve against the app;
    /// <paramref name="configure"/> changes the defaults (a phone-sized viewport, scripts off).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        };
        configure?.Invoke(options);
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // Pooled connections would otherwise keep the database file open.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _tempDirectory.Delete(recursive: true);
    }

    /// <summary>
    /// Where a screenshot goes: beside the test binaries, or into docs/screenshots/ when AVANCE_SCREENSHOTS=docs,
    /// so an ordinary test run leaves the working tree as it found it.
    /// </summary>
    public static string ScreenshotPath(string fileName)
    {
        var directory = Environment.GetEnvironmentVariable("AVANCE_SCREENSHOTS") == "docs"
            ? Path.Combine(RepoRoot, "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }

    private static Uri ServerAddress(AvanceFactory factory)
    {
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses?.FirstOrDefault();
        return address is not null ? new Uri(address) : factory.ClientOptions.BaseAddress;
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Avance.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains Avance.slnx.");
    }

    private sealed class AvanceFactory(string connectionString) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Avance:Database:Provider", "sqlite");
            builder.UseSetting("ConnectionStrings:Avance", connectionString);
            // Overrides any fixed port in the app's own settings, should the app ever bind its configured
            // urls itself: the tests must never depend on a port that something else on the machine holds.
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
    }
}
