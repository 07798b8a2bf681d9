using System.Text.Json.Nodes;

namespace Avance.Features.Authoring;

/// <summary>Which of an item's fields an audit entry changed, read from its before and after JSON, for the history table.</summary>
public static class HistoryFields
{
    /// <summary>Top-level fields whose value differs ("Wording", "Targets"); none for a creation or removal.</summary>
    public static IEnumerable<string> Changed(string? before, string? after)
    {
        if (before is null || after is null) return [];
        var old = Fields(JsonNode.Parse(before));
        var now = Fields(JsonNode.Parse(after));
        return old.Keys.Union(now.Keys)
            .Where(k => !JsonNode.DeepEquals(old.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .Select(k => char.ToUpperInvariant(k[0]) + k[1..]);
    }

    /// <summary>The fields of an entry; entries of items added through a parent wrap them in "fields".</summary>
    private static Dictionary<string, JsonNode?> Fields(JsonNode? node) =>
        (node?["fields"] as JsonObject ?? node as JsonObject)?.ToDictionary(p => p.Key, p => p.Value) ?? [];
}
