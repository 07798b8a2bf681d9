using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>What a person does on a page (open it, follow a link, read it), written once for every journey.</summary>
internal static partial class PageSteps
{
    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Opens an address relative to the app and fails unless it answers with a success status.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status.ToString() ?? "nothing"}");
    }

    /// <summary>Clicks a link and waits until its target has loaded.</summary>
    public static Task<IResponse> FollowAsync(this ILocator link) => link.Page.NavigateWithAsync(() => link.ClickAsync());

    /// <summary>
    /// Does what leads to another page (a click, a key press that submits a form) and waits until that page has
    /// loaded; returns the page's response.
    /// </summary>
    public static async Task<IResponse> NavigateWithAsync(this IPage page, Func<Task> action)
    {
        // Listening for the load event before acting: asking afterwards whether the page has loaded can miss an
        // event that arrives in between, and then waits for a load that already happened.
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            var response = await page.RunAndWaitForResponseAsync(action, r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame);
            await loaded.Task.WaitAsync(NavigationTimeout);
            return response;
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    /// <summary>
    /// The text a reader sees, with every run of whitespace (no-break spaces included) collapsed to one space, so that
    /// assertions depend neither on markup layout nor on how a culture groups thousands.
    /// </summary>
    public static async Task<string> SeenTextAsync(this ILocator locator) => Collapse(await locator.InnerTextAsync());

    /// <summary>The visible text of every element the locator matches, in document order, whitespace collapsed.</summary>
    public static async Task<IReadOnlyList<string>> SeenTextsAsync(this ILocator locator) =>
        [.. (await locator.AllInnerTextsAsync()).Select(Collapse)];

    /// <summary>Text content (hidden parts included, as in an SVG's title and desc), whitespace collapsed.</summary>
    public static async Task<string> ContentTextAsync(this ILocator locator) => Collapse(await locator.TextContentAsync() ?? string.Empty);

    /// <summary>How many items a paged list says it holds in all: the last number of "Showing 1–5 of 10".</summary>
    public static async Task<int> ListTotalAsync(this IPage page)
    {
        var showing = await page.Locator("[data-showing]").SeenTextAsync();
        return int.Parse(LastNumber().Match(showing).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The address path and query of the page, without the scheme, host and port of the test server.</summary>
    public static string PathAndQuery(this IPage page) => new Uri(page.Url).PathAndQuery;

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\d+(?=\D*$)")]
    private static partial Regex LastNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
