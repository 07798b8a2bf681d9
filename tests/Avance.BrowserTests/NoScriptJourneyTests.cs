using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>The forms work in a browser with JavaScript switched off: they are plain GET forms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ResultsFilter_WithoutJavaScript_FiltersByYear()
    {
        await using var context = await browser.NewContextAsync(o => o.JavaScriptEnabled = false);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/es/countries/mx/results");
        var unfiltered = await page.ListTotalAsync();

        await page.GetByLabel("Año", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "2022" });
        await page.NavigateWithAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Aplicar filtros" }).ClickAsync());

        Assert.Equal("2022", await page.GetByLabel("Año", new() { Exact = true }).InputValueAsync());
        Assert.InRange(await page.ListTotalAsync(), 1, unfiltered - 1);
        Assert.Contains("acceso a la justicia", await page.Locator("table[data-table=outcomes]").SeenTextAsync());
    }

    [Fact]
    public async Task ProgrammeForm_WithoutJavaScript_ChangesYearAndFigure()
    {
        await using var context = await browser.NewContextAsync(o => o.JavaScriptEnabled = false);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/es/countries/mx/programmes/mucpaz");

        await page.GetByLabel("Año", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "2021" });
        await page.GetByLabel("Cifra", new() { Exact = true }).SelectOptionAsync("networks");
        await page.NavigateWithAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Mostrar", Exact = true }).ClickAsync());

        Assert.EndsWith("/es/countries/mx/programmes/mucpaz?year=2021&metric=networks", page.Url);
        Assert.Equal("2021", await page.GetByLabel("Año", new() { Exact = true }).InputValueAsync());
        Assert.Equal("networks", await page.GetByLabel("Cifra", new() { Exact = true }).InputValueAsync());
        Assert.Equal(32, await page.Locator("svg[role=img] path[data-state]").CountAsync());
    }
}
