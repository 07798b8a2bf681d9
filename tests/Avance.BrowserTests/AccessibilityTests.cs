namespace Avance.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> PageTypes() => new(
        "/en", "/es",
        "/en/countries/mx", "/es/countries/mx",
        "/en/countries/mx/plans/NAP-1325", "/es/countries/mx/plans/NAP-1325?tab=actors",
        "/en/countries/mx/plans/NAP-1325?tab=indicators", "/es/countries/mx/plans/NAP-1325?tab=budget",
        "/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1", "/es/countries/mx/plans/NAP-1325/indicators/PAR-1.2",
        "/en/countries/mx/results", "/es/countries/mx/results?year=2022",
        "/en/countries/mx/programmes", "/en/countries/mx/programmes/mucpaz", "/es/countries/mx/programmes/mucpaz?year=2021",
        "/en/countries/zz");

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_HasNoSeriousOrCriticalAccessibilityViolation(string path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());

        var violations = await AxeScan.SeriousOrCriticalAsync(page);

        Assert.True(violations.Count == 0, $"{path}:\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("/en/countries/mx/results")]
    [InlineData("/es/countries/mx/results")]
    public async Task OutcomePage_ReachedFromTheResults_HasNoSeriousOrCriticalAccessibilityViolation(string results)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, results).ToString());
        await page.Locator("main table a[href*='/results/']").First.ClickAsync();

        var violations = await AxeScan.SeriousOrCriticalAsync(page);

        Assert.Matches(@"/results/\d+$", page.Url);
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Scan_FindsAViolationWhereThereIsOne()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html><body><img src='x.png'><input type='text'></body></html>");

        var violations = await AxeScan.SeriousOrCriticalAsync(page);

        Assert.Contains(violations, v => v.Id == "image-alt");
    }

    [Fact]
    public async Task Keyboard_ReachesTheSkipLinkFirstAndItLeadsToTheContent()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, "/en/countries/mx").ToString());

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("#main", focused);
        Assert.EndsWith("#main", page.Url);
    }
}
