using System.Net;
using Avance.Features.Assessments;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Assessments;

public sealed class FilingPageTests
{
    public static TheoryData<Provider, string> ProvidersAndLanguages => FilingApiTests.ProvidersAndLanguages;

    [Theory, Providers]
    public async Task Form_FromTheIndicatorPagesLink_HasTheIndicatorChosen_AndFilingOpensTheFiledAssessment(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.Observer);
        var indicatorPage = await scene.App.CreateClient().GetStringAsync("/en" + AssessmentScene.OfficersPage);
        var formUrl = $"/en/workspace/assessments/new?subject=Indicator:{scene.OfficersId}";
        Assert.Contains($"href=\"{formUrl}\"", indicatorPage);

        var form = await client.GetStringAsync(formUrl);
        Assert.Contains($"<option value=\"Indicator:{scene.OfficersId}\" selected=\"selected\">Indicator PAR-1.1 · ", form);
        Assert.Contains("You file for Women's International League for Peace and Freedom — Mexico.", System.Net.WebUtility.HtmlDecode(form));
        Assert.Contains($"<option value=\"{scene.Period2022Id}\">2022</option>", form);
        using var response = await client.PostFormAsync(formUrl, new()
        {
            ["Subject"] = $"Indicator:{scene.OfficersId}", ["PeriodId"] = $"{scene.Period2022Id}", ["Rating"] = "SomeProgress",
            ["OwnValue"] = "1,250.5", ["Narrative"] = "More officers than reported were trained.", ["Language"] = "en", ["Sources"] = "Course lists.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await scene.WithDbAsync(db => db.Assessments.Select(a => a.Id).SingleAsync());
        Assert.Equal($"/en/workspace/assessments/{id}?done=filed", response.Headers.Location?.OriginalString);
        var stored = await scene.AssessmentAsync(id);
        Assert.Equal((1250.5m, scene.Period2022Id, AssessmentRating.SomeProgress), (stored.OwnValue, stored.ReportingPeriodId, stored.Rating));
        var detail = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Your assessment was filed and is now public.", detail);
        Assert.Contains("More officers than reported were trained.", detail);
        Assert.Contains("data-action=\"assessment.file\"", detail);
    }

    [Theory, MemberData(nameof(ProvidersAndLanguages))]
    public async Task Form_WithProblems_ShowsEachNextToItsField_InThePagesLanguage_AndKeepsWhatWasTyped(Provider provider, string language)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.Observer);
        var formUrl = $"/{language}/workspace/assessments/new";

        using var response = await client.PostFormAsync(formUrl, new()
        {
            ["Subject"] = $"Activity:{scene.ActivityId}", ["OwnValue"] = "twelve", ["Narrative"] = "   ", ["Language"] = language,
            ["Sources"] = "Our field notes from Chiapas.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-errors=\"3\"", page);
        Assert.Contains(">Our field notes from Chiapas.</textarea>", page);
        Assert.Contains($"<option value=\"Activity:{scene.ActivityId}\" selected=\"selected\">", page);
        if (language == "en")
        {
            Assert.Contains("<p class=\"field-error\" id=\"own-value-error\">'twelve' is not a number.</p>", page);
            Assert.Contains("<p class=\"field-error\" id=\"narrative-error\">Write the narrative: it is the assessment itself.</p>", page);
            Assert.Contains("<p class=\"field-error\" id=\"rating-error\">Choose a rating.</p>", page);
        }
        else
        {
            Assert.Contains("<p class=\"field-error\" id=\"own-value-error\">«twelve» no es un número.</p>", page);
            Assert.Contains("<p class=\"field-error\" id=\"narrative-error\">Escriba la narrativa: es la evaluación misma.</p>", page);
            Assert.Contains("<p class=\"field-error\" id=\"rating-error\">Elija una calificación.</p>", page);
        }
        Assert.DoesNotContain("⟦", page);
        Assert.Equal(0, await scene.WithDbAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task Form_ReadsNumbersAsThePagesLanguageWritesThem()
    {
        await using var scene = await AssessmentScene.CreateAsync(Provider.Sqlite);
        using var client = await scene.App.SignedInClientAsync(scene.Observer);

        using var response = await client.PostFormAsync("/es/workspace/assessments/new", new()
        {
            ["Subject"] = $"Indicator:{scene.ShareId}", ["Rating"] = "NoProgress", ["OwnValue"] = "12,5", ["Narrative"] = "La proporción es menor.",
            ["Language"] = "es",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(12.5m, await scene.WithDbAsync(db => db.Assessments.Select(a => a.OwnValue).SingleAsync()));
    }

    [Theory, Providers]
    public async Task Form_IsOnlyForObservers(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);

        async Task<HttpStatusCode> Status(HttpClient client)
        {
            using var response = await client.GetAsync("/en/workspace/assessments/new");
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await Status(await scene.App.SignedInClientAsync(scene.Observer)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.SignedInClientAsync(scene.Coordinator)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.SignedInClientAsync(scene.Administrator)));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(await scene.App.SignedInClientAsync(scene.FocalPoint)));
        using var anonymous = scene.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var toLogin = await anonymous.GetAsync("/en/workspace/assessments/new");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/en/account/login?returnUrl=", toLogin.Headers.Location?.OriginalString);
    }
}
