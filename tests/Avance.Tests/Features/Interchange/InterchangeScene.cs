using System.Globalization;
using Avance.Data;
using Avance.Features.Interchange.Import;
using Avance.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Interchange;

/// <summary>The application on a fresh database with the demo data, and imports run through its own importer.</summary>
public sealed class InterchangeScene : IAsyncDisposable
{
    private InterchangeScene(AvanceApp app) => App = app;

    public AvanceApp App { get; }

    public static async Task<InterchangeScene> StartAsync(Provider provider)
    {
        var scene = new InterchangeScene(new AvanceApp(TestDatabase.Create(provider)));
        // The first client starts the application, which migrates the database and loads the demo data.
        using var _ = scene.App.CreateClient();
        await Task.CompletedTask;
        return scene;
    }

    public Task<ImportReport> ImportAsync(string fileName, bool lenient = false, string language = "en") =>
        ImportPathAsync(IatiFiles.PathOf(fileName), fileName, lenient, language);

    public async Task<ImportReport> ImportPathAsync(string path, string fileName, bool lenient = false, string language = "en")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IatiImporter>();
        return await importer.ImportAsync(new ImportRequest(path, fileName, lenient, CultureInfo.GetCultureInfo(language), null), null, CancellationToken.None);
    }

    public async Task<T> WithDbAsync<T>(Func<AvanceDb, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AvanceDb>());
    }

    public Task<string> DumpAsync() => WithDbAsync(DatabaseDump.OfAsync);

    public Task<int> CountAsync(string table) => WithDbAsync(db => DatabaseDump.CountAsync(db, table));

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
