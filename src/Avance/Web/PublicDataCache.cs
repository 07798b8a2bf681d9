using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Web;

/// <summary>
/// Public pages and API answers are cached per address and language until published data changes; whatever
/// changes published data (publishing a period, an import, a reload of the demo data) calls InvalidateAsync.
/// The cache lives in each process: with several instances, each evicts its own on its own changes and the
/// others at expiry.
/// </summary>
public static class PublicDataCache
{
    public const string Policy = "public-data";
    private const string Tag = "public-data";

    public static IServiceCollection AddPublicDataCache(this IServiceCollection services, IConfiguration configuration)
    {
        // Avance:Cache:Minutes = 0 turns the cache off (measurements of uncached answers, debugging).
        var minutes = configuration.GetValue("Avance:Cache:Minutes", 10);
        services.AddOutputCache(options => options.AddPolicy(Policy, policy =>
        {
            if (minutes <= 0) policy.NoCache();
            else policy.Expire(TimeSpan.FromMinutes(minutes)).SetVaryByHeader("Accept-Language").SetVaryByQuery("*").Tag(Tag);
        }));
        // Avance:Cache:Rows = false keeps no rows in memory either (measurements of the database path, debugging).
        var rows = configuration.GetValue("Avance:Cache:Rows", true);
        services.AddSingleton(_ => new PublicSnapshots(rows, MaxSnapshots));
        // Whoever evicts the public responses also forgets the rows behind them: one call, never one without the other.
        var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(store);
        services.AddSingleton<IOutputCacheStore>(provider =>
            new PublicDataStore((IOutputCacheStore)store.ImplementationFactory!(provider), provider.GetRequiredService<PublicSnapshots>()));
        return services;
    }

    /// <summary>Enough for every page of a few dozen countries in both languages; beyond it, entries are loaded again.</summary>
    private const int MaxSnapshots = 20_000;

    /// <summary>Forgets every cached response and every kept row, after published data changed.</summary>
    public static Task InvalidateAsync(IOutputCacheStore store, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(Tag, cancellationToken).AsTask();

    private sealed class PublicDataStore(IOutputCacheStore responses, PublicSnapshots rows) : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            if (tag == Tag) rows.Invalidate();
            return responses.EvictByTagAsync(tag, cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => responses.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            responses.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
