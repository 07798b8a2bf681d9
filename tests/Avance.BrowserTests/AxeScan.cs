using System.Text.Json;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Id}: {Help} at {string.Join(", ", Targets)}";
}

/// <summary>Runs the axe-core WCAG 2.1 A/AA rules (from npm, see package.json) inside a loaded page.</summary>
public static class AxeScan
{
    private static readonly string Script = Path.Combine(BrowserFixture.RepoRoot, "tests", "Avance.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<AxeViolation>> SeriousOrCriticalAsync(IPage page)
    {
        if (!File.Exists(Script)) throw new FileNotFoundException("axe-core is not installed: run ./test.sh (npm ci in tests/Avance.BrowserTests).", Script);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations");
        return [.. result.EnumerateArray()
            .Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString() ?? "unknown",
                v.GetProperty("help").GetString()!,
                [.. v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").ToString())]))
            .Where(v => v.Impact is "serious" or "critical")];
    }
}
