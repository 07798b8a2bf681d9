using System.Text.Json;

namespace Avance.Bench.Portal;

/// <summary>
/// The yardsticks: a minimal endpoint that returns bytes captured from Avance, and one that serialises the same
/// rows to JSON on every request. Both hold their data in memory, so they measure the server and serialiser alone.
/// </summary>
public static class Baseline
{
    public static async Task<WebApplication> StartAsync(string url, IReadOnlyDictionary<string, (byte[] Bytes, string ContentType)> captured, IReadOnlyDictionary<string, object> rows)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        foreach (var (name, (bytes, contentType)) in captured)
            app.MapGet($"/bytes/{name}", () => Results.Bytes(bytes, contentType));
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        foreach (var (name, data) in rows)
            app.MapGet($"/serialise/{name}", () => Results.Text(JsonSerializer.Serialize(data, data.GetType(), options), "application/json"));
        await app.StartAsync();
        return app;
    }
}
