using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;
using Avance.Web;

namespace Avance.Tests.Features.Assessments;

public sealed class PublicDisplayTests
{
    [Theory, Providers]
    public async Task IndicatorPage_ShowsTheAssessmentAndItsReplyBesideTheFigures_InEnglishAndSpanish(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var reader = scene.App.CreateClient();
        // Read first, so the page is in the public cache: filing must make it stale.
        Assert.Contains("No civil-society organisation has filed an assessment here yet.", await reader.GetStringAsync("/en" + AssessmentScene.OfficersPage));
        var id = await scene.FileOfficersAsync();
        using var coordinator = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        using var reply = await coordinator.PostAsJsonAsync($"/api/v1/assessments/{id}/replies",
            new { version = 0, text = "Each officer is counted once; the lists are public.", language = "es" });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var filedOn = (await scene.AssessmentAsync(id)).FiledAt;

        var english = WebUtility.HtmlDecode(await reader.GetStringAsync("/en" + AssessmentScene.OfficersPage));
        var spanish = WebUtility.HtmlDecode(await reader.GetStringAsync("/es" + AssessmentScene.OfficersPage));

        var section = Section(english);
        Assert.Contains("<h2 id=\"assessments-heading\">Civil-society assessments</h2>", section);
        Assert.Contains($"<article class=\"assessment\" id=\"assessment-{id}\" data-assessment=\"{id}\" data-rating=\"LimitedProgress\"", section);
        Assert.Contains("<h3>Women's International League for Peace and Freedom — Mexico (WILPF Mexico): Limited progress</h3>", section);
        Assert.Contains($"Filed on {Date(DateOnly.FromDateTime(filedOn.UtcDateTime), "en")} · assessment no. {id}", section);
        Assert.Contains("<dd>Limited progress (2 of 5)</dd>", section);
        Assert.Contains("<dt>Own value</dt><dd>150</dd>", section);
        Assert.Contains("<div class=\"narrative\" lang=\"en\">Training figures count the same officers twice.</div>", section);
        Assert.Contains("Our own count of course lists, 2022.", section);
        Assert.Contains("Reply from the plan's coordination", section);
        Assert.Contains("<div class=\"narrative\" lang=\"es\">Each officer is counted once; the lists are public.</div>", section);
        Assert.True(english.IndexOf("id=\"values\"", StringComparison.Ordinal) < english.IndexOf("id=\"assessments\"", StringComparison.Ordinal));

        var seccion = Section(spanish);
        Assert.Contains("<h2 id=\"assessments-heading\">Evaluaciones de la sociedad civil</h2>", seccion);
        Assert.Contains("Liga Internacional de Mujeres por la Paz y la Libertad — México (WILPF México): Avance limitado", seccion);
        Assert.Contains("<dd>Avance limitado (2 de 5)</dd>", seccion);
        Assert.Contains("· escrita en inglés", seccion);
        Assert.Contains("Respuesta de la coordinación del plan", seccion);
        Assert.DoesNotContain("⟦", english + spanish);
    }

    [Theory, Providers]
    public async Task HiddenAssessment_IsReplacedByTheNoticeWithDateAndReason_OnThePageAndInTheApi(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync("Abusive words about a named official.");
        using var coordinator = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        (await coordinator.PostAsJsonAsync($"/api/v1/assessments/{id}/replies", new { version = 0, text = "We reject this.", language = "en" })).Dispose();
        using var administrator = await scene.App.ClientWithTokenAsync(scene.Administrator);
        using var hide = await administrator.PostAsJsonAsync($"/api/v1/assessments/{id}/hide", new { version = 1, reason = "Insults a named person." });
        Assert.Equal(HttpStatusCode.OK, hide.StatusCode);
        var hiddenAt = (await scene.AssessmentAsync(id)).HiddenAt!.Value;
        var reader = scene.App.CreateClient();

        var english = WebUtility.HtmlDecode(await reader.GetStringAsync("/en" + AssessmentScene.OfficersPage));
        var spanish = WebUtility.HtmlDecode(await reader.GetStringAsync("/es" + AssessmentScene.OfficersPage));
        var api = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");

        var day = DateOnly.FromDateTime(hiddenAt.UtcDateTime);
        Assert.Contains($"An assessment was hidden by an administrator on {Date(day, "en")}: Insults a named person.", english);
        Assert.Contains($"Una persona administradora ocultó una evaluación el {Date(day, "es")}: Insults a named person.", spanish);
        foreach (var page in new[] { english, spanish })
        {
            Assert.DoesNotContain("Abusive words", page);
            Assert.DoesNotContain("We reject this.", page);
            Assert.DoesNotContain("WILPF", Section(page));
        }
        Assert.Equal("Insults a named person.", api.GetProperty("hidden").GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, api.GetProperty("narrative").ValueKind);
        Assert.Equal(JsonValueKind.Null, api.GetProperty("organisation").ValueKind);
        Assert.Equal(0, api.GetProperty("replies").GetArrayLength());
    }

    [Theory, Providers]
    public async Task PlanExplorer_ShowsActivityAssessmentsInTheActivity_AndPeriodAssessmentsUnderThePeriods(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        await scene.FileAsync(new { subject = "Activity", subjectId = scene.ActivityId, rating = "NoProgress", language = "en",
            narrative = "No course has been given in our region." });
        await scene.FileAsync(new { subject = "ReportingPeriod", subjectId = scene.Period2022Id, rating = "SomeProgress", language = "en",
            narrative = "Half the agencies reported after the deadline." });
        var reader = scene.App.CreateClient();

        var objectives = await reader.GetStringAsync("/en/countries/mx/plans/NAP-1325");
        var monitoring = await reader.GetStringAsync("/en/countries/mx/plans/NAP-1325?tab=monitoring");

        var activity = Between(objectives, $"<details class=\"assessments\" id=\"assessments-activity-{scene.ActivityId}\"", "</details>");
        Assert.Contains("<summary>Civil-society assessments (1)</summary>", activity);
        Assert.Contains("No course has been given in our region.", activity);
        Assert.Equal(1, Plans.Html.Count("<details class=\"assessments\"", objectives));
        Assert.DoesNotContain("Half the agencies", objectives);
        var periods = Between(monitoring, "<section class=\"assessments\" id=\"assessments-periods\"", "</section>");
        Assert.Contains("<h3 id=\"assessments-periods-heading\">Civil-society assessments</h3>", periods);
        Assert.Contains("<div><dt>Period</dt><dd>2022</dd></div>", periods);
        Assert.Contains("Half the agencies reported after the deadline.", periods);
        Assert.Contains("href=\"/en/workspace/assessments/new?country=mx&amp;plan=NAP-1325\"", periods);
    }

    private static string Section(string page) => Between(page, "<section class=\"assessments\" id=\"assessments\"", "</section>");

    private static string Between(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is not on the page");
        return page[from..page.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Date(DateOnly day, string language)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo(language);
        return day.ToString(UiText.Get("DatePattern", culture), culture);
    }
}
