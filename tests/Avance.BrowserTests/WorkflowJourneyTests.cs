using Avance.Features.Accounts;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>
/// The journey publishes a period, which changes what the public pages of the demo show; it gets an app of its own so
/// the other journeys keep finding the demo as it was loaded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkflowCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Workflow";
}

/// <summary>
/// One monitoring cycle in the browser, each person in a browser of their own: a SEDENA focal point (in Spanish) reports
/// the share of women among trained officers and submits; the coordinator returns it with a reason; the focal point
/// corrects and resubmits; the coordinator approves, closes and publishes the period; the public indicator page shows
/// the new figure in its table and chart; an observer of WILPF Mexico (in Spanish) files an assessment, which then
/// appears beside the figure.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowJourneyTests(BrowserFixture app)
{
    private const string Indicator = "PAR-1.2";
    private const string PublicPage = "/en/countries/mx/plans/NAP-1325/indicators/" + Indicator;

    [Fact]
    public async Task Submitted_returned_resubmitted_approved_and_published_value_shows_on_the_public_page_with_an_assessment_beside_it()
    {
        var periodId = await app.OpenPeriodAsync(2023);
        var indicatorId = await app.IndicatorIdAsync(Indicator);
        var focalPointEmail = await app.CreateUserAsync(AccountRole.FocalPoint, "SEDENA", "focal.point@sedena.example.org");
        var coordinatorEmail = await app.CreateUserAsync(AccountRole.Coordinator, email: "coordinator@example.org");
        var observerEmail = await app.CreateUserAsync(AccountRole.Observer, "WILPF Mexico", "observer@wilpf.example.org");

        await using var focalPointContext = await app.NewContextAsync(o => o.Locale = "es-MX");
        var focalPoint = await focalPointContext.NewPageAsync();
        await focalPoint.SignInAsync("es", focalPointEmail);
        await focalPoint.OpenAsync($"/es/workspace/reporting/{periodId}");
        await focalPoint.GetByRole(AriaRole.Link, new() { Name = Indicator, Exact = true }).FollowAsync();
        Assert.EndsWith($"/es/workspace/reporting/{periodId}/indicators/{indicatorId}", focalPoint.Url);
        await TotalField(focalPoint).FillAsync("43");
        await focalPoint.GetByLabel("Narrativa en español").FillAsync("Porcentaje de mujeres entre los oficiales capacitados en 2023.");
        await focalPoint.GetByLabel("Narrativa en inglés").FillAsync("Share of women among the officers trained in 2023.");
        await focalPoint.GetByLabel("Título de la fuente nueva").FillAsync("Informe de capacitación 2023");
        await focalPoint.GetByLabel("Dirección web de la fuente nueva").FillAsync("https://example.org/informe-capacitacion-2023");
        await focalPoint.GetByLabel("Fecha de la fuente (año-mes-día)").FillAsync("2024-02-15");
        await focalPoint.NavigateWithAsync(() => focalPoint.GetByRole(AriaRole.Button, new() { Name = "Enviar a revisión" }).ClickAsync());
        Assert.Equal("Los valores se enviaron a revisión.", await focalPoint.GetByRole(AriaRole.Status).SeenTextAsync());

        await using var coordinatorContext = await app.NewContextAsync();
        var coordinator = await coordinatorContext.NewPageAsync();
        await coordinator.SignInAsync("en", coordinatorEmail);
        await coordinator.OpenAsync($"/en/workspace/periods/{periodId}/review");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = Indicator, Exact = true }).FollowAsync();
        Assert.Contains("43", await coordinator.Locator("main table").First.SeenTextAsync());
        const string reason = "The training report counts 35 women among 82 officers: that is 43%, but give the report's own figure with one decimal.";
        await coordinator.GetByLabel("Reason for returning").FillAsync(reason);
        await coordinator.NavigateWithAsync(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Return all to the agency" }).ClickAsync());
        Assert.EndsWith($"/en/workspace/periods/{periodId}/review?done=returned", coordinator.Url);

        await focalPoint.ReloadAsync();
        Assert.Contains(reason, await focalPoint.Locator("[data-returned]").SeenTextAsync());
        await TotalField(focalPoint).FillAsync("42,7");
        await focalPoint.NavigateWithAsync(() => focalPoint.GetByRole(AriaRole.Button, new() { Name = "Enviar a revisión" }).ClickAsync());
        Assert.Equal("Los valores se enviaron a revisión.", await focalPoint.GetByRole(AriaRole.Status).SeenTextAsync());
        Assert.Equal(0, await focalPoint.Locator("[data-returned]").CountAsync());

        await coordinator.OpenAsync($"/en/workspace/periods/{periodId}/review/indicators/{indicatorId}");
        Assert.Contains("42.7", await coordinator.Locator("main table").First.SeenTextAsync());
        await coordinator.NavigateWithAsync(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve all" }).ClickAsync());
        Assert.EndsWith($"/en/workspace/periods/{periodId}/review?done=approved", coordinator.Url);

        await coordinator.OpenAsync($"/en/workspace/periods/{periodId}/board");
        var boardRow = coordinator.Locator("main table tr").Filter(new() { HasText = Indicator });
        Assert.Contains("Approved", await boardRow.SeenTextAsync());
        await SaveAsync(coordinator, "workflow-status-board-en.png");

        await coordinator.OpenAsync($"/en/workspace/periods/{periodId}/close");
        await coordinator.NavigateWithAsync(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Close the period" }).ClickAsync());
        await coordinator.OpenAsync($"/en/workspace/periods/{periodId}/publish");
        await coordinator.NavigateWithAsync(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish the period" }).ClickAsync());
        Assert.EndsWith($"/en/workspace/periods/{periodId}?done=published", coordinator.Url);

        await using var visitorContext = await app.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.OpenAsync(PublicPage);
        var values = visitor.GetByRole(AriaRole.Table, new() { Name = "Published values by period and disaggregation, with narrative and source" });
        Assert.Equal(["2021", "2022", "2023"], await values.Locator("tbody tr th[scope=row]").SeenTextsAsync());
        Assert.Matches(@"^2023 Total 42\.7 %", await values.Locator("tbody tr").Last.SeenTextAsync());
        Assert.True(await visitor.Locator("svg[role=img]").First.IsVisibleAsync(), "The indicator page shows no chart.");
        Assert.Matches(@"\b2023 42\.7 %", await visitor.Locator("table.chart-data").First.SeenTextAsync());

        await using var observerContext = await app.NewContextAsync(o => o.Locale = "es-MX");
        var observer = await observerContext.NewPageAsync();
        await observer.OpenAsync(PublicPage.Replace("/en/", "/es/"));
        await observer.Locator("#assessments").GetByRole(AriaRole.Link).FollowAsync();
        Assert.Contains("/es/account/login", observer.Url);
        await observer.SignInHereAsync(observerEmail);
        Assert.Matches(@"/es/workspace/assessments/new\?subject=Indicator(:|%3A)" + indicatorId + "$", observer.Url);
        Assert.Contains(Indicator, await observer.GetByLabel("Qué evalúa").Locator("option:checked").SeenTextAsync());
        await observer.GetByLabel("Periodo evaluado (opcional)").SelectOptionAsync(new SelectOptionValue { Label = "2023" });
        await observer.GetByLabel("Algún avance (3 de 5)").CheckAsync();
        await observer.GetByLabel("Valor propio").FillAsync("38");
        const string narrative = "Las listas de asistencia que revisamos dan una proporción menor de mujeres que la cifra oficial.";
        await observer.GetByLabel("Narrativa", new() { Exact = true }).FillAsync(narrative);
        await observer.GetByLabel("Fuentes", new() { Exact = true }).FillAsync("Listas de asistencia de los cursos de 2023.");
        await observer.NavigateWithAsync(() => observer.GetByRole(AriaRole.Button, new() { Name = "Presentar la evaluación" }).ClickAsync());
        Assert.Matches(@"/es/workspace/assessments/\d+\?done=filed$", observer.Url);

        await visitor.ReloadAsync();
        var assessments = visitor.Locator("#assessments");
        var assessment = assessments.Locator("article.assessment").Filter(new() { HasText = narrative });
        Assert.Equal(1, await assessment.CountAsync());
        var seen = await assessment.SeenTextAsync();
        Assert.Contains(narrative, seen);
        Assert.Contains("Some progress (3 of 5)", seen);
        Assert.Contains("38", seen);
        Assert.Contains("2023", seen);
        Assert.True(await values.Locator("tbody tr").Last.IsVisibleAsync());
        await assessments.ScrollIntoViewIfNeededAsync();
        await SaveAsync(visitor, "workflow-public-indicator-assessment-en.png");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Status_board_breaks_no_word_and_fits_the_page(int width)
    {
        var coordinatorEmail = await app.CreateUserAsync(AccountRole.Coordinator);
        await using var context = await app.NewContextAsync(o => o.ViewportSize = new ViewportSize { Width = width, Height = 900 });
        var page = await context.NewPageAsync();
        await page.SignInAsync("en", coordinatorEmail);
        await page.OpenAsync("/en/workspace/periods");
        await page.GetByRole(AriaRole.Link, new() { Name = "2025", Exact = true }).FollowAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Status board", Exact = true }).First.FollowAsync();

        // A word split over two lines gives its text two boxes; "Organisation" and "Missing" had been cut mid-word
        // because the narrow columns were allowed to wrap anywhere.
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table[data-table=board] th, table[data-table=board] td')]
                .flatMap(cell => [...cell.querySelectorAll('*'), cell].flatMap(e => [...e.childNodes]))
                .filter(n => n.nodeType === Node.TEXT_NODE && /^\s*\S+\s*$/.test(n.textContent))
                .filter(n => { const r = document.createRange(); r.selectNodeContents(n); return r.getClientRects().length > 1; })
                .map(n => n.textContent.trim())
            """);
        Assert.Empty(broken);
        var (table, main) = (await page.Locator("table[data-table=board]").BoundingBoxAsync(), await page.Locator("main").BoundingBoxAsync());
        Assert.True(table!.Width <= main!.Width + 1, $"The board is {table.Width} px wide in a page {main.Width} px wide.");
    }

    private static ILocator TotalField(IPage page) =>
        page.Locator(".entry-values .entry-row[data-combination=''] input[inputmode=decimal]");

    private static Task SaveAsync(IPage page, string file) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath(file), FullPage = true, Animations = ScreenshotAnimations.Disabled });
}
