using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Avance.Web;

/// <summary>
/// Published data as public pages and API answers use it, kept in memory per key (country, language, page …) until
/// published data changes. The output cache keeps finished responses; this keeps the rows behind them, so an answer
/// the output cache does not hold (another query string, another representation, a signed-in reader) is rendered from
/// memory instead of the database. Invalidated with the output cache (<see cref="PublicDataCache.InvalidateAsync"/>).
/// </summary>
public sealed class PublicSnapshots(bool enabled, int sizeLimit) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = sizeLimit });
    private CancellationTokenSource generation = new();

    /// <summary>The rows under <paramref name="key"/>, loading them on first use; a null result (nothing found) is not kept.</summary>
    public async Task<T?> GetAsync<T>(string key, Func<Task<T?>> load) where T : class
    {
        if (!enabled) return await load();
        if (cache.TryGetValue(key, out T? kept)) return kept;
        var current = generation;
        var loaded = await load();
        if (loaded is null || current.IsCancellationRequested) return loaded;
        using var entry = cache.CreateEntry(key);
        entry.Value = loaded;
        entry.Size = 1;
        entry.AddExpirationToken(new CancellationChangeToken(current.Token));
        return loaded;
    }

    /// <summary>Forgets everything kept; loads that started before this call are not kept either.</summary>
    public void Invalidate()
    {
        // Not disposed: a load that started before may still be asking it whether it was cancelled.
        Interlocked.Exchange(ref generation, new CancellationTokenSource()).Cancel();
    }

    public void Dispose()
    {
        cache.Dispose();
        generation.Dispose();
    }
}
