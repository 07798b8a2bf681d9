using Microsoft.EntityFrameworkCore;

namespace Avance.Data;

public static class DatabaseServices
{
    public static IServiceCollection AddAvanceDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        // Pooled: creating a context costs more than most of the queries it runs. The options are built when the first
        // context is needed, not at registration, so settings supplied late (tests, environment) are honoured.
        services.AddDbContextPool<AvanceDb>((provider, options) =>
            DatabaseProvider.Configure(options, provider.GetRequiredService<IConfiguration>()));
        services.AddScoped<DatabaseStartup>();
        services.AddHostedService<DatabaseStartupService>();
        return services;
    }
}

/// <summary>Migrates (and loads demo data into an empty database) before the server takes requests.</summary>
internal sealed class DatabaseStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var startup = scope.ServiceProvider.GetRequiredService<DatabaseStartup>();
        await startup.MigrateAsync(cancellationToken);
        await startup.LoadDemoDataIfEmptyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
